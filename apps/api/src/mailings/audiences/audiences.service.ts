import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import { SignedInUser } from '../../core/auth/request-auth';
import { escapeLike, searchable } from '../../core/database/sql';
import { badUserInput, FieldProblem } from '../../core/graphql/errors';
import { Connection, decodeCursor, toConnection } from '../../core/graphql/pagination';
import { AudienceEntity } from '../audience.entity';
import { AudienceRule } from '../audience-rule';
import { MailingListEntity } from '../mailing-list.entity';
import { AudienceCountModel } from '../mailing.model';
import { CreateAudienceInput, SearchPageArgs, UpdateAudienceInput } from '../mailings.inputs';
import { recipientsSql } from './audience-recipients';
import { checkAudienceRule, RuleReference } from './audience-rule-check';
import { audiencesError, AudiencesErrorCode } from './audiences.errors';

const FIELDS = ['name', 'rule'] as const;

const REFERENCED: Record<RuleReference['table'], string> = {
  mailing_lists: 'a mailing list',
  campaigns: 'a campaign',
  institutions: 'an institution',
};

@Injectable()
export class AudiencesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Saved audiences, by name; deleted ones left out. */
  async list({ first, after, search }: SearchPageArgs): Promise<Connection<AudienceEntity>> {
    const query = this.dataSource.getRepository(AudienceEntity).createQueryBuilder('audience');
    if (search?.trim()) {
      query.andWhere(`${searchable('audience.name')} LIKE '%' || f_unaccent(lower(:search)) || '%'`, { search: escapeLike(search.trim()) });
    }
    const totalCount = await query.clone().getCount();
    if (after) {
      const [name, id] = decodeCursor(after, 2);
      query.andWhere('(lower(audience.name), audience.id) > (:name, :id)', { name, id });
    }
    const rows = await query.orderBy('lower(audience.name)', 'ASC').addOrderBy('audience.id', 'ASC').limit(first + 1).getMany();
    return toConnection(rows, first, totalCount, (row) => [row.name.toLowerCase(), row.id], (row) => row);
  }

  byId(id: string): Promise<AudienceEntity | null> {
    return this.dataSource.getRepository(AudienceEntity).findOneBy({ id });
  }

  /**
   * Who a mailing on this list to this audience would reach now, and who it would exclude, in one
   * statement over the same SQL the sending pipeline resolves recipients with. Given a manager, runs in
   * its transaction; otherwise in its own with JIT compilation off: once a directory grows past about
   * 300,000 contacts the plan's cost crosses jit_above_cost, and compiling takes longer than counting.
   */
  async count(listId: string, rule: AudienceRule, manager?: EntityManager): Promise<AudienceCountModel> {
    const checked = this.checkedRule(rule);
    if (!manager) {
      return this.dataSource.transaction(async (own) => {
        await own.query('SET LOCAL jit = off');
        return this.count(listId, checked, own);
      });
    }
    if (!(await manager.existsBy(MailingListEntity, { id: listId }))) throw audiencesError(AudiencesErrorCode.UNKNOWN_LIST);
    const params: unknown[] = [];
    const [counts] = (await manager.query(
      `SELECT count(*)::int AS matching,
              count(*) FILTER (WHERE recipient.exclusion IS NULL)::int AS recipients,
              count(*) FILTER (WHERE recipient.exclusion = 'SUPPRESSED')::int AS suppressed,
              count(*) FILTER (WHERE recipient.exclusion = 'UNSUBSCRIBED')::int AS unsubscribed,
              count(*) FILTER (WHERE recipient.exclusion = 'NO_CONSENT')::int AS "noConsent"
         FROM (${recipientsSql(listId, checked, params)}) recipient`,
      params,
    )) as AudienceCountModel[];
    return counts;
  }

  /**
   * The rule in canonical form (only each node's own fields, values trimmed and deduplicated), or
   * BAD_USER_INPUT naming every field at fault. Run it on any rule before `recipientsSql`.
   */
  checkedRule(rule: AudienceRule): AudienceRule {
    const checked = checkAudienceRule(rule);
    if (checked.problems.length) throw badUserInput(checked.problems);
    return checked.rule;
  }

  /** The saved rule of an audience (checked again: it is about to become SQL). */
  async savedRule(audienceId: string, manager: EntityManager = this.dataSource.manager): Promise<AudienceRule> {
    const audience = await manager.findOneBy(AudienceEntity, { id: audienceId });
    if (!audience) throw audiencesError(AudiencesErrorCode.AUDIENCE_NOT_FOUND);
    return this.checkedRule(audience.rule);
  }

  async create(actor: SignedInUser, input: CreateAudienceInput): Promise<AudienceEntity> {
    return this.dataSource.transaction(async (manager) => {
      const rule = await this.savableRule(manager, input.rule);
      const audience = manager.create(AudienceEntity, { name: input.name, rule });
      await manager.save(audience);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'audience.create',
        entityType: 'audience',
        entityId: audience.id,
        changes: this.audit.changesBetween(null, audience, FIELDS),
      });
      return audience;
    });
  }

  async update(actor: SignedInUser, input: UpdateAudienceInput): Promise<AudienceEntity> {
    return this.dataSource.transaction(async (manager) => {
      const audience = await manager.findOne(AudienceEntity, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!audience) throw audiencesError(AudiencesErrorCode.AUDIENCE_NOT_FOUND);
      const before = { ...audience };
      if (input.name !== undefined) audience.name = input.name;
      if (input.rule !== undefined) audience.rule = await this.savableRule(manager, input.rule);
      await manager.save(audience);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'audience.update',
        entityType: 'audience',
        entityId: audience.id,
        changes: this.audit.changesBetween(before, audience, FIELDS),
      });
      return audience;
    });
  }

  /** A rule worth keeping: well formed, and every list, campaign and institution it names exists. */
  private async savableRule(manager: EntityManager, rule: AudienceRule): Promise<AudienceRule> {
    const checked = checkAudienceRule(rule);
    if (checked.problems.length) throw badUserInput(checked.problems);
    const existing = new Set<string>();
    for (const table of Object.keys(REFERENCED) as RuleReference['table'][]) {
      const ids = checked.references.filter((reference) => reference.table === table).flatMap((reference) => reference.ids);
      if (!ids.length) continue;
      // The table name comes from the fixed map above, never from the input.
      const rows: { id: string }[] = await manager.query(`SELECT id FROM ${table} WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL`, [ids]);
      for (const row of rows) existing.add(`${table}:${row.id}`);
    }
    const problems: FieldProblem[] = [];
    for (const { field, table, ids } of checked.references) {
      const missing = ids.find((id) => !existing.has(`${table}:${id}`));
      if (missing) problems.push({ field, message: `names ${REFERENCED[table]} that does not exist (${missing})` });
    }
    if (problems.length) throw badUserInput(problems);
    return checked.rule;
  }
}
