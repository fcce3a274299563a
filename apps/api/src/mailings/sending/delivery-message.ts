import { OutgoingMail } from '../../core/mail/outgoing-mail';
import type { RecipientLinks } from '../composer/mail-rendering';
import { preferencesUrl, signRecipientToken, unsubscribeUrl } from '../public/recipient-token';
import { openPixelUrl, signTrackingToken, trackedLinkUrl } from '../public/tracking-token';
import type { ClaimedDelivery } from './delivery-ledger';
import type { MailingContent } from './mailing-content';

/** Where a mail's links and identifiers point: from the configuration. */
export interface MessageSettings {
  appSecret: string;
  publicUrl: string;
  /** The right-hand side of Message-IDs (MAIL_FROM's domain). */
  messageIdDomain: string;
  /** The address of the mailto: form of List-Unsubscribe. */
  unsubscribeMailto: string;
}

/** `<d{delivery}.m{mailing}@{domain}>`: a copy seen twice downstream names the delivery it came from. */
export function deliveryMessageId(deliveryId: string, mailingId: string, domain: string): string {
  return `<d${deliveryId}.m${mailingId}@${domain}>`;
}

/**
 * One recipient's mail: their language, their merge values, their own unsubscribe links (RFC 2369 and RFC 8058),
 * and, only when the mailing tracks, an open pixel and click-through links naming this delivery.
 */
export function deliveryMessage(content: MailingContent, delivery: ClaimedDelivery, settings: MessageSettings): OutgoingMail {
  const token = signRecipientToken(settings.appSecret, {
    contactId: delivery.contactId,
    listId: content.listId,
    email: delivery.email,
    deliveryId: delivery.id,
  });
  const unsubscribe = unsubscribeUrl(settings.publicUrl, token);
  const links: RecipientLinks = { unsubscribeUrl: unsubscribe, preferencesUrl: preferencesUrl(settings.publicUrl, token) };
  if (content.trackingEnabled) {
    const tracking = signTrackingToken(settings.appSecret, delivery.id);
    links.openPixelUrl = openPixelUrl(settings.publicUrl, tracking);
    links.trackClick = (url) => trackedLinkUrl(settings.publicUrl, settings.appSecret, tracking, delivery.id, url);
  }
  const rendered = content
    .compiledFor(delivery.language)
    .render({ firstName: delivery.firstName, lastName: delivery.lastName, email: delivery.email, organisationName: delivery.organisationName }, links);
  return {
    to: delivery.email,
    subject: rendered.subject,
    html: rendered.html,
    text: rendered.text,
    messageId: deliveryMessageId(delivery.id, content.id, settings.messageIdDomain),
    headers: {
      'List-Unsubscribe': `<${unsubscribe}>, <mailto:${settings.unsubscribeMailto}?subject=${encodeURIComponent(`unsubscribe ${token}`)}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
