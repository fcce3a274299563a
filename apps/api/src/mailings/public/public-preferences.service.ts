import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SubscriptionStatus, SuppressionReason } from '@alliance/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { ContactEntity } from '../../contacts/contact.entity';
import { ConsentLedger } from '../lists/consent-ledger.service';
import { ListSubscriptionEntity, MailingListEntity } from '../mailing-list.entity';
import { SuppressionEntity } from '../suppression.entity';
import { listNotOffered, publicMailError, PublicMailErrorCode } from './public-mail.errors';
import { PreferencesJson, UpdatePreferencesBody } from './public-mail.inputs';
import { PublicRecipients } from './public-recipients.service';
import { RecipientTokenPayload, verifyRecipientToken } from './recipient-token';

export const PREFERENCES_CONSENT = 'preferences page';

interface Choice {
  list: MailingListEntity;
  subscription: ListSubscriptionEntity | null;
  subscribed: boolean;
}

/**
 * The preferences page and the one-click unsubscribe, both reached with a recipient token from a mail:
 * the token proves the address, so joining a double opt-in list from here counts as confirmed.
 */
@Injectable()
export class PublicPreferencesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly ledger: ConsentLedger,
    private readonly recipients: PublicRecipients,
  ) {}

  /** A recipient token's payload, or null when it is forged, altered or cut short. */
  verify(token: string): RecipientTokenPayload | null {
    return verifyRecipientToken(this.config.appSecret, token);
  }

  read(token: string): Promise<PreferencesJson> {
    const payload = this.payloadOf(token);
    return this.dataSource.transaction(async (manager) => {
      const contact = await this.recipients.ofToken(manager, payload);
      return this.answer(manager, payload, await this.choices(manager, payload, contact));
    });
  }

  update(body: UpdatePreferencesBody): Promise<PreferencesJson> {
    const payload = this.payloadOf(body.token);
    return this.dataSource.transaction(async (manager) => {
      await this.recipients.lockAddress(manager, payload.email);
      let contact = await this.recipients.ofToken(manager, payload);
      const choices = await this.choices(manager, payload, contact);
      const offered = new Set(choices.map((choice) => choice.list.id));
      const unknown = body.subscribedListIds.findIndex((id) => !offered.has(id));
      if (unknown >= 0) throw listNotOffered('subscribedListIds', unknown);

      if (body.leaveAll) {
        if (contact) {
          await this.ledger.unsubscribeEverywhere(manager, [contact.id], null);
          if (await this.listExists(manager, payload.listId)) await this.ledger.unsubscribe(manager, payload.listId, contact.id, null);
        }
        await this.ledger.suppress(manager, { address: payload.email, reason: SuppressionReason.LEFT_ALL, detail: 'left every list from the preferences page', actorId: null });
        return this.answer(manager, payload, await this.choices(manager, payload, contact));
      }

      const wanted = new Set(body.subscribedListIds);
      if (wanted.size && !contact) contact = await this.recipients.findOrCreate(manager, { address: payload.email, language: 'en' });
      if (contact) {
        for (const choice of choices) {
          if (wanted.has(choice.list.id) && choice.subscription?.status !== SubscriptionStatus.SUBSCRIBED) {
            await this.ledger.subscribe(manager, {
              listId: choice.list.id,
              contactId: contact.id,
              consentSource: PREFERENCES_CONSENT,
              status: SubscriptionStatus.SUBSCRIBED,
              confirmed: true,
              actorId: null,
            });
          } else if (!wanted.has(choice.list.id) && (choice.subscribed || choice.subscription?.status === SubscriptionStatus.PENDING)) {
            await this.ledger.unsubscribe(manager, choice.list.id, contact.id, null);
          }
        }
        if (wanted.size) await this.ledger.unsuppress(manager, payload.email, null, [SuppressionReason.LEFT_ALL]);
      }
      return this.answer(manager, payload, await this.choices(manager, payload, contact));
    });
  }

  /**
   * RFC 8058 one-click: the token's list subscription ends at once (an UNSUBSCRIBED row is created
   * for someone mailed on contact-level consent). The sending workers read subscriptions before each
   * send, so a mailing already under way stops reaching them too. An address with no contact left
   * (deleted since) is suppressed instead: the request is honoured either way.
   */
  oneClick(token: string): Promise<void> {
    const payload = this.payloadOf(token);
    return this.dataSource.transaction(async (manager) => {
      await this.recipients.lockAddress(manager, payload.email);
      const contact = await this.recipients.ofToken(manager, payload);
      if (contact && (await this.listExists(manager, payload.listId))) {
        await this.ledger.unsubscribe(manager, payload.listId, contact.id, null);
        return;
      }
      await this.ledger.suppress(manager, { address: payload.email, reason: SuppressionReason.LEFT_ALL, detail: 'one-click unsubscribe without a contact or list on record', actorId: null });
    });
  }

  /** Lists are only ever soft-deleted; a token can still name one that staff removed. */
  private listExists(manager: EntityManager, listId: string): Promise<boolean> {
    return manager.exists(MailingListEntity, { where: { id: listId }, withDeleted: true });
  }

  private payloadOf(token: string): RecipientTokenPayload {
    const payload = this.verify(token);
    if (!payload) throw publicMailError(PublicMailErrorCode.LINK_INVALID);
    return payload;
  }

  /**
   * What the page offers: the public lists, every list the contact is on or waits to confirm, and the
   * list the mail came from. The token's list counts as subscribed while the contact has no row there:
   * they were mailed on it, and unticking it must take them off.
   */
  private async choices(manager: EntityManager, payload: RecipientTokenPayload, contact: ContactEntity | null): Promise<Choice[]> {
    const lists = await manager
      .getRepository(MailingListEntity)
      .createQueryBuilder('list')
      .where('list.isPublic OR list.id = :listId', { listId: payload.listId })
      .orWhere(
        `list.id IN (SELECT s.list_id FROM list_subscriptions s WHERE s.contact_id = :contactId AND s.status IN (:...present))`,
        { contactId: contact?.id ?? '00000000-0000-0000-0000-000000000000', present: [SubscriptionStatus.SUBSCRIBED, SubscriptionStatus.PENDING] },
      )
      .orderBy('lower(list.name)', 'ASC')
      .addOrderBy('list.id', 'ASC')
      .getMany();
    const subscriptions = contact ? await manager.findBy(ListSubscriptionEntity, { contactId: contact.id }) : [];
    const byList = new Map(subscriptions.map((subscription) => [subscription.listId, subscription]));
    return lists.map((list) => {
      const subscription = byList.get(list.id) ?? null;
      const subscribed = subscription ? subscription.status === SubscriptionStatus.SUBSCRIBED : list.id === payload.listId && contact !== null;
      return { list, subscription, subscribed };
    });
  }

  private async answer(manager: EntityManager, payload: RecipientTokenPayload, choices: Choice[]): Promise<PreferencesJson> {
    const suppressed = await manager.existsBy(SuppressionEntity, { address: payload.email });
    return {
      email: payload.email,
      fromListId: payload.listId,
      lists: choices.map(({ list, subscribed }) => ({ id: list.id, name: list.name, description: list.description, subscribed })),
      suppressed,
    };
  }
}
