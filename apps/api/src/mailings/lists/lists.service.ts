import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import { SignedInUser } from '../../core/auth/request-auth';
import { escapeLike, searchable } from '../../core/database/sql';
import { Connection, decodeCursor, toConnection } from '../../core/graphql/pagination';
import { MailingListEntity } from '../mailing-list.entity';
import { CreateMailingListInput, SearchPageArgs, UpdateMailingListInput } from '../mailings.inputs';
import { listsError, ListsErrorCode } from './lists.errors';

const FIELDS = ['name', 'description', 'doubleOptIn', 'isPublic'] as const;

/** The mailing lists themselves ("Action alerts", "Newsletter"). */
@Injectable()
export class ListsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list({ first, after, search }: SearchPageArgs): Promise<Connection<MailingListEntity>> {
    const query = this.dataSource.getRepository(MailingListEntity).createQueryBuilder('list');
    if (search?.trim()) {
      query.andWhere(`${searchable('list.name')} LIKE '%' || f_unaccent(lower(:search)) || '%'`, { search: escapeLike(search.trim()) });
    }
    const totalCount = await query.clone().getCount();
    if (after) {
      const [name, id] = decodeCursor(after, 2);
      query.andWhere('(lower(list.name), list.id) > (:name, :id)', { name, id });
    }
    const rows = await query.orderBy('lower(list.name)', 'ASC').addOrderBy('list.id', 'ASC').limit(first + 1).getMany();
    return toConnection(rows, first, totalCount, (row) => [row.name.toLowerCase(), row.id], (row) => row);
  }

  byId(id: string): Promise<MailingListEntity | null> {
    return this.dataSource.getRepository(MailingListEntity).findOneBy({ id });
  }

  create(actor: SignedInUser, input: CreateMailingListInput): Promise<MailingListEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertNameFree(manager, input.name, null);
      const list = manager.create(MailingListEntity, {
        name: input.name,
        description: input.description ?? null,
        doubleOptIn: input.doubleOptIn ?? true,
        isPublic: input.isPublic ?? false,
      });
      await manager.save(list);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'mailing_list.create',
        entityType: 'mailing_list',
        entityId: list.id,
        changes: this.audit.changesBetween(null, list, FIELDS),
      });
      return list;
    });
  }

  update(actor: SignedInUser, input: UpdateMailingListInput): Promise<MailingListEntity> {
    return this.dataSource.transaction(async (manager) => {
      const list = await manager.findOne(MailingListEntity, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!list) throw listsError(ListsErrorCode.LIST_NOT_FOUND);
      if (input.name != null) await this.assertNameFree(manager, input.name, list.id);
      const before = { ...list };
      for (const field of FIELDS) {
        const value = input[field];
        // Only the description can be cleared; null elsewhere means "leave as it is", like an absent field.
        if (value !== undefined && (value !== null || field === 'description')) Object.assign(list, { [field]: value });
      }
      await manager.save(list);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'mailing_list.update',
        entityType: 'mailing_list',
        entityId: list.id,
        changes: this.audit.changesBetween(before, list, FIELDS),
      });
      return list;
    });
  }

  /** Two lists of the same name would be told apart by nobody on the public form. */
  private async assertNameFree(manager: EntityManager, name: string, exceptId: string | null): Promise<void> {
    const query = manager.getRepository(MailingListEntity).createQueryBuilder('list').where('lower(list.name) = lower(:name)', { name });
    if (exceptId) query.andWhere('list.id <> :exceptId', { exceptId });
    if (await query.getExists()) throw listsError(ListsErrorCode.NAME_TAKEN);
  }
}
