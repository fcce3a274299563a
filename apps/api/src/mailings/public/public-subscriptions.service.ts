import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SubscriptionStatus, SuppressionReason } from '@alliance/domain';
import { DataSource, In } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { MailService } from '../../core/mail/mail.service';
import { ConsentLedger } from '../lists/consent-ledger.service';
import { ListSubscriptionEntity, MailingListEntity } from '../mailing-list.entity';
import { SuppressionEntity } from '../suppression.entity';
import { signConfirmationToken, verifyConfirmationToken } from './confirmation-token';
import { listNotOffered, publicMailError, PublicMailErrorCode } from './public-mail.errors';
import { ConfirmationJson, PublicListJson, SubscribeBody } from './public-mail.inputs';
import { PublicRecipients } from './public-recipients.service';
import { PublicMailThrottle } from './public-mail-throttle.service';
import { preferencesUrl, signRecipientToken } from './recipient-token';
import { CONFIRMATION_VALID_DAYS, confirmationMail, welcomeMail } from './subscription-mail';

export const PUBLIC_FORM_CONSENT = 'public subscribe form';
/** The subscribe form offers a handful of lists; more would not fit a form anyway. */
const MAX_PUBLIC_LISTS = 100;

type Outcome =
  | { kind: 'confirm'; contactId: string; lists: MailingListEntity[] }
  | { kind: 'welcome'; contactId: string; lists: MailingListEntity[] }
  | { kind: 'nothing' };

/** The public subscribe form and its double opt-in link. */
@Injectable()
export class PublicSubscriptionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly ledger: ConsentLedger,
    private readonly recipients: PublicRecipients,
    private readonly mail: MailService,
    private readonly throttle: PublicMailThrottle,
  ) {}

  async publicLists(): Promise<PublicListJson[]> {
    const lists = await this.dataSource
      .getRepository(MailingListEntity)
      .createQueryBuilder('list')
      .where('list.isPublic')
      .orderBy('lower(list.name)', 'ASC')
      .addOrderBy('list.id', 'ASC')
      .limit(MAX_PUBLIC_LISTS)
      .getMany();
    return lists.map(({ id, name, description, doubleOptIn }) => ({ id, name, description, doubleOptIn }));
  }

  /**
   * Records the request and sends one mail: a confirmation link when any list needs one, otherwise a
   * note of the lists with the way out. The caller answers the same whatever happened here, so the
   * form tells nobody whether an address is known. An address that left every list, or is suppressed
   * for another reason, needs the confirmation link on every list: the form alone does not prove who
   * asked. Bounced, complained-about and manually suppressed addresses get no mail at all.
   */
  async subscribe(body: SubscribeBody): Promise<void> {
    const lists = await this.dataSource.getRepository(MailingListEntity).findBy({ id: In(body.listIds), isPublic: true });
    const offered = new Map(lists.map((list) => [list.id, list]));
    const missing = body.listIds.findIndex((id) => !offered.has(id));
    if (missing >= 0) throw listNotOffered('listIds', missing);
    const requested = body.listIds.map((id) => offered.get(id) as MailingListEntity);

    const outcome = await this.dataSource.transaction(async (manager): Promise<Outcome> => {
      await this.recipients.lockAddress(manager, body.email);
      const suppression = await manager.findOneBy(SuppressionEntity, { address: body.email });
      if (suppression && suppression.reason !== SuppressionReason.LEFT_ALL) return { kind: 'nothing' };
      const contact = await this.recipients.findOrCreate(manager, {
        address: body.email,
        firstName: body.firstName,
        lastName: body.lastName,
        language: body.language,
      });
      if (!contact) return { kind: 'nothing' };
      const pending: MailingListEntity[] = [];
      for (const list of requested) {
        const needsConfirmation = list.doubleOptIn || suppression !== null;
        const subscription = await this.ledger.subscribe(manager, {
          listId: list.id,
          contactId: contact.id,
          consentSource: PUBLIC_FORM_CONSENT,
          status: needsConfirmation ? SubscriptionStatus.PENDING : SubscriptionStatus.SUBSCRIBED,
          confirmed: false,
          actorId: null,
        });
        if (subscription.status === SubscriptionStatus.PENDING || suppression) pending.push(list);
      }
      return pending.length ? { kind: 'confirm', contactId: contact.id, lists: pending } : { kind: 'welcome', contactId: contact.id, lists: requested };
    });

    if (outcome.kind === 'nothing' || !(await this.throttle.mayMail(body.email))) return;
    const names = outcome.lists.map((list) => list.name);
    if (outcome.kind === 'confirm') {
      const token = signConfirmationToken(this.config.appSecret, {
        contactId: outcome.contactId,
        listIds: outcome.lists.map((list) => list.id),
        email: body.email,
        expiresAt: new Date(Date.now() + CONFIRMATION_VALID_DAYS * 24 * 3600 * 1000),
      });
      await this.mail.enqueue(confirmationMail(body.email, body.language, names, `${this.config.PUBLIC_URL}/subscribe/confirm?token=${encodeURIComponent(token)}`));
    } else {
      const token = signRecipientToken(this.config.appSecret, { contactId: outcome.contactId, listId: outcome.lists[0].id, email: body.email });
      await this.mail.enqueue(welcomeMail(body.email, body.language, names, preferencesUrl(this.config.PUBLIC_URL, token)));
    }
  }

  /**
   * The double opt-in link: PENDING subscriptions of the link become SUBSCRIBED, and an address that had
   * left every list may be mailed again (following the link proves the address asked). Following it
   * twice changes nothing more and answers the same.
   */
  async confirm(token: string): Promise<ConfirmationJson> {
    const payload = verifyConfirmationToken(this.config.appSecret, token);
    if (!payload) throw publicMailError(PublicMailErrorCode.LINK_INVALID);
    if (payload.expiresAt.getTime() < Date.now()) throw publicMailError(PublicMailErrorCode.CONFIRMATION_EXPIRED);
    return this.dataSource.transaction(async (manager) => {
      await this.recipients.lockAddress(manager, payload.email);
      const subscriptions = await manager.find(ListSubscriptionEntity, {
        where: { contactId: payload.contactId, listId: In(payload.listIds) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!subscriptions.length) throw publicMailError(PublicMailErrorCode.LINK_INVALID);
      for (const subscription of subscriptions) await this.ledger.confirm(manager, subscription, null);
      if (subscriptions.some((subscription) => subscription.status === SubscriptionStatus.SUBSCRIBED)) {
        await this.ledger.unsuppress(manager, payload.email, null, [SuppressionReason.LEFT_ALL]);
      }
      const subscribed = subscriptions.filter((subscription) => subscription.status === SubscriptionStatus.SUBSCRIBED).map((subscription) => subscription.listId);
      const lists = subscribed.length ? await manager.find(MailingListEntity, { where: { id: In(subscribed) }, order: { name: 'ASC' } }) : [];
      return {
        lists: lists.map(({ id, name }) => ({ id, name })),
        preferencesToken: signRecipientToken(this.config.appSecret, { contactId: payload.contactId, listId: payload.listIds[0], email: payload.email }),
      };
    });
  }
}
