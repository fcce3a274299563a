import type { RecipientLinks } from '../composer/mail-rendering';
import { verifyRecipientToken } from '../public/recipient-token';
import { verifyClick, verifyTrackingToken } from '../public/tracking-token';
import { deliveryMessage, deliveryMessageId } from './delivery-message';
import type { MailingContent } from './mailing-content';

describe(deliveryMessage.name, () => {
  const secret = 'a-secret-that-is-long-enough-for-the-tokens';
  const settings = { appSecret: secret, publicUrl: 'https://crm.example.org', messageIdDomain: 'alliance.example', unsubscribeMailto: 'leave@alliance.example' };
  const rendered: { language: string; values: unknown; links: RecipientLinks }[] = [];
  const content: MailingContent = {
    id: '6d2f9a52-1f7e-4d0c-9a51-3c8a2f1b7e10',
    listId: '0b1c2d3e-4f50-4617-8a9b-0c1d2e3f4a5b',
    trackingEnabled: false,
    compiledFor: (language) => ({
      render: (values, links) => {
        rendered.push({ language, values, links });
        return { subject: `Subject ${language}`, html: '<p>html</p>', text: 'text' };
      },
    }),
  };
  const delivery = {
    id: '4021',
    contactId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    email: 'amina@example.org',
    language: 'fr',
    attempts: 0,
    firstName: 'Amina',
    lastName: 'Diallo',
    organisationName: 'Waging Peace',
  };

  it('should carry the delivery in its Message-ID, the recipient in its own unsubscribe links, and one-click unsubscribe', () => {
    const mail = deliveryMessage(content, delivery, settings);
    expect(mail.messageId).toBe(`<d4021.m${content.id}@alliance.example>`);
    expect(mail.messageId).toBe(deliveryMessageId(delivery.id, content.id, 'alliance.example'));
    expect(mail.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const [, https, mailto] = /^<(https:\/\/[^>]+)>, <(mailto:[^>]+)>$/.exec(mail.headers?.['List-Unsubscribe'] ?? '') ?? [];
    const token = new URL(https).searchParams.get('token')!;
    expect(https).toBe(`https://crm.example.org/api/public/unsubscribe?token=${encodeURIComponent(token)}`);
    expect(mailto).toBe(`mailto:leave@alliance.example?subject=unsubscribe%20${encodeURIComponent(token)}`);
    expect(verifyRecipientToken(secret, token)).toEqual({ contactId: delivery.contactId, listId: content.listId, email: delivery.email, deliveryId: '4021' });
  });

  it("should render the recipient's language with their merge values and the same token in the footer links", () => {
    rendered.length = 0;
    const mail = deliveryMessage(content, delivery, settings);
    expect(mail).toMatchObject({ to: 'amina@example.org', subject: 'Subject fr', html: '<p>html</p>', text: 'text' });
    expect(rendered).toHaveLength(1);
    expect(rendered[0].values).toEqual({ firstName: 'Amina', lastName: 'Diallo', email: 'amina@example.org', organisationName: 'Waging Peace' });
    const token = new URL(rendered[0].links.unsubscribeUrl).searchParams.get('token');
    expect(rendered[0].links.preferencesUrl).toBe(`https://crm.example.org/preferences?token=${encodeURIComponent(token!)}`);
  });

  it('should pass no tracking to the layout when the mailing does not track', () => {
    rendered.length = 0;
    deliveryMessage(content, delivery, settings);
    expect(rendered[0].links.openPixelUrl).toBeUndefined();
    expect(rendered[0].links.trackClick).toBeUndefined();
  });

  it('should pass a pixel and click links naming this delivery when the mailing tracks', () => {
    rendered.length = 0;
    deliveryMessage({ ...content, trackingEnabled: true }, delivery, settings);
    const { openPixelUrl, trackClick } = rendered[0].links;
    const [, token] = /^https:\/\/crm\.example\.org\/api\/public\/t\/o\/([^/]+)\.gif$/.exec(openPixelUrl ?? '') ?? [];
    expect(verifyTrackingToken(secret, token)).toBe('4021');
    const link = new URL(trackClick!('https://alliance.example/act'));
    expect(link.pathname).toBe(`/api/public/t/c/${token}`);
    expect(verifyClick(secret, '4021', link.searchParams.get('u'), link.searchParams.get('s'))).toBe(true);
  });
});
