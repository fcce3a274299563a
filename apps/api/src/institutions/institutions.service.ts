import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../core/audit/audit.service';
import { SignedInUser } from '../core/auth/request-auth';
import { assertRestorable } from '../core/database/soft-delete';
import { escapeLike, searchable } from '../core/database/sql';
import { Connection, decodeCursor, toConnection } from '../core/graphql/pagination';
import { CountryEntity } from '../countries/country.entity';
import { InstitutionEntity } from './institution.entity';
import { institutionsError, InstitutionsErrorCode } from './institutions.errors';
import { CreateInstitutionInput, InstitutionFieldsInput, InstitutionsArgs, UpdateInstitutionInput } from './institutions.inputs';

const FIELDS = ['name', 'nameFr', 'acronym', 'kind', 'parentId', 'countryCode', 'website'] as const;
export const INSTITUTION_SEARCH_DOCUMENT = searchable(
  "institution.name || ' ' || coalesce(institution.nameFr, '') || ' ' || coalesce(institution.acronym, '')",
);

/**
 * SQL for the ids of an institution and every institution nested under it (any depth), and, for
 * policymakers, of the institutions seated on it today (a mission on the Security Council) with theirs.
 */
export const INSTITUTION_AND_SEAT_HOLDERS_SUBTREE_SQL = `
  WITH RECURSIVE subtree(id) AS (
    SELECT id FROM institutions WHERE id = :rootInstitutionId AND deleted_at IS NULL
    UNION
    SELECT seat.member_id FROM seats seat
     WHERE seat.body_id = :rootInstitutionId AND seat.role <> 'PRESIDENCY'
       AND seat.start_date <= CURRENT_DATE AND (seat.end_date IS NULL OR seat.end_date >= CURRENT_DATE)
    UNION
    SELECT child.id FROM institutions child JOIN subtree ON child.parent_id = subtree.id WHERE child.deleted_at IS NULL
  ) SELECT id FROM subtree`;

/** SQL for the ids of an institution and every institution nested under it (any depth). */
export const INSTITUTION_SUBTREE_SQL = `
  WITH RECURSIVE subtree(id) AS (
    SELECT id FROM institutions WHERE id = :rootInstitutionId AND deleted_at IS NULL
    UNION
    SELECT child.id FROM institutions child JOIN subtree ON child.parent_id = subtree.id WHERE child.deleted_at IS NULL
  ) SELECT id FROM subtree`;

@Injectable()
export class InstitutionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list({ first, after, filter }: InstitutionsArgs): Promise<Connection<InstitutionEntity>> {
    const query = this.dataSource.getRepository(InstitutionEntity).createQueryBuilder('institution');
    const search = filter?.search?.trim();
    if (search) {
      query.andWhere(
        `(${INSTITUTION_SEARCH_DOCUMENT} LIKE '%' || f_unaccent(lower(:searchLiteral)) || '%' OR f_unaccent(lower(:search)) <% ${INSTITUTION_SEARCH_DOCUMENT})`,
        { search, searchLiteral: escapeLike(search) },
      );
    }
    if (filter?.kinds?.length) query.andWhere('institution.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter?.countryCodes?.length) query.andWhere('institution.countryCode IN (:...countryCodes)', { countryCodes: filter.countryCodes });
    if (filter?.parentId) query.andWhere('institution.parentId = :parentId', { parentId: filter.parentId });
    const totalCount = await query.clone().getCount();
    if (after) {
      const [name, id] = decodeCursor(after, 2);
      query.andWhere('(lower(institution.name), institution.id) > (:name, :id)', { name, id });
    }
    const rows = await query.orderBy('lower(institution.name)', 'ASC').addOrderBy('institution.id', 'ASC').limit(first + 1).getMany();
    return toConnection(rows, first, totalCount, (row) => [row.name.toLowerCase(), row.id], (row) => row);
  }

  /** Deleted institutions, most recently deleted first (restorable for 30 days). */
  async deleted({ first, after }: InstitutionsArgs): Promise<Connection<InstitutionEntity>> {
    const query = this.dataSource.getRepository(InstitutionEntity).createQueryBuilder('institution').withDeleted().where('institution.deletedAt IS NOT NULL');
    const totalCount = await query.clone().getCount();
    if (after) {
      const [deletedAt, id] = decodeCursor(after, 2);
      query.andWhere('(institution.deletedAt, institution.id) < (:deletedAt, :id)', { deletedAt, id });
    }
    const rows = await query.orderBy('institution.deletedAt', 'DESC').addOrderBy('institution.id', 'DESC').limit(first + 1).getMany();
    return toConnection(rows, first, totalCount, (row) => [row.deletedAt?.toISOString() ?? '', row.id], (row) => row);
  }

  async create(actor: SignedInUser, input: CreateInstitutionInput): Promise<InstitutionEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.checkReferences(manager, input, null);
      const institution = manager.create(InstitutionEntity, {
        referenceKey: null,
        name: input.name,
        nameFr: input.nameFr ?? null,
        acronym: input.acronym ?? null,
        kind: input.kind,
        parentId: input.parentId ?? null,
        countryCode: input.countryCode ?? null,
        website: input.website ?? null,
      });
      await manager.save(institution);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'institution.create',
        entityType: 'institution',
        entityId: institution.id,
        changes: this.audit.changesBetween(null, institution, FIELDS),
      });
      return institution;
    });
  }

  async update(actor: SignedInUser, input: UpdateInstitutionInput): Promise<InstitutionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const institution = await manager.findOne(InstitutionEntity, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!institution) throw institutionsError(InstitutionsErrorCode.INSTITUTION_NOT_FOUND);
      await this.checkReferences(manager, input, institution.id);
      const before = { ...institution };
      for (const field of FIELDS) {
        const value = input[field];
        if (value !== undefined) Object.assign(institution, { [field]: value });
      }
      await manager.save(institution);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'institution.update',
        entityType: 'institution',
        entityId: institution.id,
        changes: this.audit.changesBetween(before, institution, FIELDS),
      });
      return institution;
    });
  }

  async softDelete(actor: SignedInUser, id: string): Promise<InstitutionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const institution = await manager.findOne(InstitutionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!institution) throw institutionsError(InstitutionsErrorCode.INSTITUTION_NOT_FOUND);
      institution.deletedAt = new Date();
      await manager.update(InstitutionEntity, { id }, { deletedAt: institution.deletedAt });
      await this.audit.record(manager, { actorId: actor.id, action: 'institution.delete', entityType: 'institution', entityId: id });
      return institution;
    });
  }

  async restore(actor: SignedInUser, id: string): Promise<InstitutionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const institution = await manager.findOne(InstitutionEntity, { where: { id }, withDeleted: true, lock: { mode: 'pessimistic_write' } });
      if (!institution) throw institutionsError(InstitutionsErrorCode.INSTITUTION_NOT_FOUND);
      assertRestorable('institution', institution.deletedAt);
      await manager.update(InstitutionEntity, { id }, { deletedAt: null });
      institution.deletedAt = null;
      await this.audit.record(manager, { actorId: actor.id, action: 'institution.restore', entityType: 'institution', entityId: id });
      return institution;
    });
  }

  private async checkReferences(manager: EntityManager, input: InstitutionFieldsInput, selfId: string | null): Promise<void> {
    if (input.countryCode && !(await manager.existsBy(CountryEntity, { code: input.countryCode }))) {
      throw institutionsError(InstitutionsErrorCode.UNKNOWN_COUNTRY);
    }
    if (!input.parentId) return;
    if (!(await manager.existsBy(InstitutionEntity, { id: input.parentId }))) throw institutionsError(InstitutionsErrorCode.UNKNOWN_PARENT);
    if (selfId) {
      const subtree: { id: string }[] = await manager.query(
        INSTITUTION_SUBTREE_SQL.replace(':rootInstitutionId', '$1'),
        [selfId],
      );
      if (subtree.some((row) => row.id === input.parentId)) throw institutionsError(InstitutionsErrorCode.PARENT_CYCLE);
    }
  }
}
