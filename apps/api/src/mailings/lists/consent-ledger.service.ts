import { Injectable } from '@nestjs/common';
import { SubscriptionStatus, SuppressionReason } from '@alliance/domain';
import { createHash } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import { ListSubscriptionEntity } from '../mailing-list.entity';
import { SuppressionEntity } from '../suppression.entity';

const SUBSCRIPTION_FIELDS = ['status', 'consentSource', 'consentAt', 'confirmedAt', 'unsubscribedAt'] as const;
/** What an unsubscription row says when the person was never subscribed (mailed on contact-level consent). */
export const NO_SUBSCRIPTION_CONSENT = 'none on this list (left before subscribing)';

export interface SubscriptionRequest {
  listId: string;
  contactId: string;
  consentSource: string;
  /** PENDING waits for the double opt-in link; SUBSCRIBED receives mail at once. */
  status: SubscriptionStatus.PENDING | SubscriptionStatus.SUBSCRIBED;
  /** The address was proven (confirmation link, recipient token): recorded as confirmed now. */
  confirmed: boolean;
  /** Staff recording fresh evidence: a current subscriber's consent source and date are replaced by it. */
  refreshConsent?: boolean;
  /** Null when the public itself acted (forms, links, the mail events webhook). */
  actorId: string | null;
}

export interface Suppression {
  address: string;
  reason: SuppressionReason;
  detail: string | null;
  actorId: string | null;
}

/**
 * Every change to who may be mailed goes through here, inside the caller's transaction, with its audit
 * row: staff, the public pages and the mail events webhook record consent the same way.
 */
@Injectable()
export class ConsentLedger {
  constructor(private readonly audit: AuditService) {}

  /**
   * Records a subscription and its consent. A subscriber stays as they are; a pending or former
   * subscriber takes the new consent (a pending one never goes back from SUBSCRIBED to PENDING).
   */
  async subscribe(manager: EntityManager, request: SubscriptionRequest): Promise<ListSubscriptionEntity> {
    const { subscription, created } = await this.lockOrCreate(manager, request.listId, request.contactId, () => this.consented(request));
    if (created) return this.recorded(manager, null, subscription, 'list_subscription.subscribe', request.actorId, true);
    if (subscription.status === SubscriptionStatus.SUBSCRIBED && !request.refreshConsent) return subscription;
    const before = { ...subscription };
    if (subscription.status === SubscriptionStatus.SUBSCRIBED) Object.assign(subscription, { consentSource: request.consentSource, consentAt: new Date() });
    else Object.assign(subscription, this.consented(request));
    await manager.save(subscription);
    return this.recorded(manager, before, subscription, 'list_subscription.subscribe', request.actorId);
  }

  /** A PENDING subscription becomes SUBSCRIBED, confirmed now; any other state is left as it is. */
  async confirm(manager: EntityManager, subscription: ListSubscriptionEntity, actorId: string | null): Promise<boolean> {
    if (subscription.status !== SubscriptionStatus.PENDING) return false;
    const before = { ...subscription };
    subscription.status = SubscriptionStatus.SUBSCRIBED;
    subscription.confirmedAt = new Date();
    await manager.save(subscription);
    await this.recorded(manager, before, subscription, 'list_subscription.confirm', actorId);
    return true;
  }

  /**
   * The contact leaves the list at once. Without a subscription on record (mailed on contact-level
   * consent), an UNSUBSCRIBED row is created so that later mailings on the list leave them out too.
   */
  async unsubscribe(manager: EntityManager, listId: string, contactId: string, actorId: string | null): Promise<ListSubscriptionEntity> {
    const now = new Date();
    const { subscription, created } = await this.lockOrCreate(manager, listId, contactId, () => ({
      status: SubscriptionStatus.UNSUBSCRIBED,
      consentSource: NO_SUBSCRIPTION_CONSENT,
      consentAt: now,
      confirmedAt: null,
      unsubscribedAt: now,
    }));
    if (created) return this.recorded(manager, null, subscription, 'list_subscription.unsubscribe', actorId, true);
    if (subscription.status === SubscriptionStatus.UNSUBSCRIBED) return subscription;
    const before = { ...subscription };
    subscription.status = SubscriptionStatus.UNSUBSCRIBED;
    subscription.unsubscribedAt = now;
    await manager.save(subscription);
    return this.recorded(manager, before, subscription, 'list_subscription.unsubscribe', actorId);
  }

  /** Unsubscribes the contacts from every list they are subscribed to or pending on; answers how many rows changed. */
  async unsubscribeEverywhere(manager: EntityManager, contactIds: string[], actorId: string | null): Promise<number> {
    if (!contactIds.length) return 0;
    const current = await manager.find(ListSubscriptionEntity, {
      where: { contactId: In(contactIds), status: In([SubscriptionStatus.SUBSCRIBED, SubscriptionStatus.PENDING]) },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    for (const subscription of current) await this.unsubscribe(manager, subscription.listId, subscription.contactId, actorId);
    return current.length;
  }

  /** Adds the address to the suppression list; an address already there keeps its first reason. */
  async suppress(manager: EntityManager, suppression: Suppression): Promise<SuppressionEntity> {
    const detail = suppression.detail === null ? null : suppression.detail.slice(0, 500);
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(SuppressionEntity)
      .values({ address: suppression.address, reason: suppression.reason, detail })
      .orIgnore()
      .returning(['address'])
      .execute();
    const row = await manager.findOneOrFail(SuppressionEntity, { where: { address: suppression.address } });
    // A manual suppression noted again: the newer note replaces the older (other reasons keep their evidence).
    if (!inserted.raw.length && row.reason === SuppressionReason.MANUAL && suppression.reason === SuppressionReason.MANUAL && detail !== null && detail !== row.detail) {
      const previous = row.detail;
      row.detail = detail;
      await manager.update(SuppressionEntity, { address: row.address }, { detail });
      await this.audit.record(manager, {
        actorId: suppression.actorId,
        action: 'suppression.update',
        entityType: 'suppression',
        entityId: suppressionEntityId(row.address),
        changes: [{ field: 'detail', from: previous, to: detail }],
      });
    }
    if (inserted.raw.length) {
      await this.audit.record(manager, {
        actorId: suppression.actorId,
        action: 'suppression.add',
        entityType: 'suppression',
        entityId: suppressionEntityId(row.address),
        changes: [
          { field: 'address', from: null, to: row.address },
          { field: 'reason', from: null, to: row.reason },
          ...(row.detail ? [{ field: 'detail', from: null, to: row.detail }] : []),
        ],
      });
    }
    return row;
  }

  /** Lets the address be mailed again, when it is suppressed for one of `reasons` (any reason when omitted). */
  async unsuppress(manager: EntityManager, address: string, actorId: string | null, reasons?: SuppressionReason[]): Promise<boolean> {
    const row = await manager.findOne(SuppressionEntity, { where: { address }, lock: { mode: 'pessimistic_write' } });
    if (!row || (reasons && !reasons.includes(row.reason))) return false;
    await manager.delete(SuppressionEntity, { address: row.address });
    await this.audit.record(manager, {
      actorId,
      action: 'suppression.remove',
      entityType: 'suppression',
      entityId: suppressionEntityId(row.address),
      changes: [
        { field: 'address', from: row.address, to: null },
        { field: 'reason', from: row.reason, to: null },
      ],
    });
    return true;
  }

  private consented(request: SubscriptionRequest): Partial<ListSubscriptionEntity> {
    const now = new Date();
    return {
      status: request.status,
      consentSource: request.consentSource,
      consentAt: now,
      confirmedAt: request.confirmed && request.status === SubscriptionStatus.SUBSCRIBED ? now : null,
      unsubscribedAt: null,
    };
  }

  /** The (list, contact) row locked for this transaction, inserted first when there is none (safe against a concurrent insert). */
  private async lockOrCreate(
    manager: EntityManager,
    listId: string,
    contactId: string,
    fresh: () => Partial<ListSubscriptionEntity>,
  ): Promise<{ subscription: ListSubscriptionEntity; created: boolean }> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(ListSubscriptionEntity)
      .values({ listId, contactId, ...fresh() })
      .orIgnore()
      .returning(['id'])
      .execute();
    const subscription = await manager.findOneOrFail(ListSubscriptionEntity, { where: { listId, contactId }, lock: { mode: 'pessimistic_write' } });
    return { subscription, created: inserted.raw.length > 0 };
  }

  private async recorded(
    manager: EntityManager,
    before: ListSubscriptionEntity | null,
    after: ListSubscriptionEntity,
    action: string,
    actorId: string | null,
    withKeys = false,
  ): Promise<ListSubscriptionEntity> {
    const keys = withKeys
      ? [
          { field: 'listId', from: null, to: after.listId },
          { field: 'contactId', from: null, to: after.contactId },
        ]
      : [];
    await this.audit.record(manager, {
      actorId,
      action,
      entityType: 'list_subscription',
      entityId: after.id,
      changes: [...keys, ...this.audit.changesBetween(before, after, SUBSCRIPTION_FIELDS)],
    });
    return after;
  }
}

/**
 * Addresses can be longer than an audit entity id (64 characters): the trail keys a suppression by the
 * SHA-256 of its lowercased address, and the address itself is in the change.
 */
export function suppressionEntityId(address: string): string {
  return createHash('sha256').update(address.toLowerCase()).digest('hex');
}
