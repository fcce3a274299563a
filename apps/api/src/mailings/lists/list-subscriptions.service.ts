import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SubscriptionStatus } from '@alliance/domain';
import { DataSource, EntityManager } from 'typeorm';
import { SignedInUser } from '../../core/auth/request-auth';
import { Connection, decodeCursor, toConnection } from '../../core/graphql/pagination';
import { ContactEntity } from '../../contacts/contact.entity';
import { ListSubscriptionEntity, MailingListEntity } from '../mailing-list.entity';
import { ListSubscriptionsArgs, SubscribeContactInput, UnsubscribeContactInput } from '../mailings.inputs';
import { ConsentLedger } from './consent-ledger.service';
import { listsError, ListsErrorCode } from './lists.errors';

/** created_at to the microsecond, so a page boundary never falls between two rows of the same millisecond. */
const CURSOR_TIME = `to_char(subscription.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Who is on which list, as staff record and read it. */
@Injectable()
export class ListSubscriptionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: ConsentLedger,
  ) {}

  /** Subscriptions of a list or of a contact (or all), newest first. */
  async list({ first, after, filter }: ListSubscriptionsArgs): Promise<Connection<ListSubscriptionEntity>> {
    const query = this.dataSource.getRepository(ListSubscriptionEntity).createQueryBuilder('subscription');
    if (filter?.listId) query.andWhere('subscription.listId = :listId', { listId: filter.listId });
    if (filter?.contactId) query.andWhere('subscription.contactId = :contactId', { contactId: filter.contactId });
    if (filter?.statuses?.length) query.andWhere('subscription.status IN (:...statuses)', { statuses: filter.statuses });
    const totalCount = await query.clone().getCount();
    if (after) {
      const [createdAt, id] = decodeCursor(after, 2);
      query.andWhere('(subscription.createdAt, subscription.id) < (CAST(:createdAt AS timestamptz), :id)', { createdAt, id });
    }
    const { entities, raw } = await query
      .addSelect(CURSOR_TIME, 'cursor_time')
      .orderBy('subscription.createdAt', 'DESC')
      .addOrderBy('subscription.id', 'DESC')
      .limit(first + 1)
      .getRawAndEntities<{ cursor_time: string }>();
    const rows = entities.map((entity, index) => ({ entity, cursorTime: raw[index].cursor_time }));
    return toConnection(rows, first, totalCount, (row) => [row.cursorTime, row.entity.id], (row) => row.entity);
  }

  /** Staff-recorded consent: subscribed at once, no confirmation mail (the consent source says what proves it). */
  subscribe(actor: SignedInUser, input: SubscribeContactInput): Promise<ListSubscriptionEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertExist(manager, input.listId, input.contactId);
      return this.ledger.subscribe(manager, {
        listId: input.listId,
        contactId: input.contactId,
        consentSource: input.consentSource,
        status: SubscriptionStatus.SUBSCRIBED,
        confirmed: false,
        refreshConsent: true,
        actorId: actor.id,
      });
    });
  }

  unsubscribe(actor: SignedInUser, input: UnsubscribeContactInput): Promise<ListSubscriptionEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertExist(manager, input.listId, input.contactId);
      return this.ledger.unsubscribe(manager, input.listId, input.contactId, actor.id);
    });
  }

  private async assertExist(manager: EntityManager, listId: string, contactId: string): Promise<void> {
    if (!(await manager.existsBy(MailingListEntity, { id: listId }))) throw listsError(ListsErrorCode.UNKNOWN_LIST);
    if (!(await manager.existsBy(ContactEntity, { id: contactId }))) throw listsError(ListsErrorCode.UNKNOWN_CONTACT);
  }
}
