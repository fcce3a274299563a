import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MembershipStatus, Role } from '@alliance/domain';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../core/audit/audit.service';
import { SignedInUser } from '../core/auth/request-auth';
import { assertRestorable } from '../core/database/soft-delete';
import { escapeLike, searchable } from '../core/database/sql';
import { Connection, decodeCursor, toConnection } from '../core/graphql/pagination';
import { CountryEntity } from '../countries/country.entity';
import { MembershipChangeEntity } from './membership-change.entity';
import { OrganisationEntity } from './organisation.entity';
import { organisationsError, OrganisationsErrorCode } from './organisations.errors';
import {
  ChangeMembershipStatusInput,
  CreateOrganisationInput,
  OrganisationsArgs,
  OrganisationSortField,
  OrganisationsFilter,
  SortDirection,
  UpdateOrganisationInput,
} from './organisations.inputs';

const AUDITED_FIELDS = [
  'name', 'acronym', 'type', 'countryCode', 'city', 'website', 'description',
  'focusAreas', 'languages', 'tags', 'membershipStatus', 'memberSince',
] as const;

const PROFILE_FIELDS = ['name', 'acronym', 'type', 'countryCode', 'city', 'website', 'description', 'focusAreas', 'languages', 'tags'] as const;

/** The text the search matches: the same expression as the trigram index of the migration. */
const SEARCH_DOCUMENT = searchable("organisation.name || ' ' || coalesce(organisation.acronym, '')");

/** Each sort: the SQL key and how to read the same key from a row (for cursors). */
const SORT_KEYS: Record<OrganisationSortField, { sql: string; of: (row: OrganisationEntity) => string }> = {
  [OrganisationSortField.NAME]: { sql: 'lower(organisation.name)', of: (row) => row.name.toLowerCase() },
  [OrganisationSortField.MEMBER_SINCE]: {
    sql: "coalesce(organisation.memberSince, DATE '9999-12-31')::text",
    of: (row) => row.memberSince ?? '9999-12-31',
  },
};

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list({ first, after, filter, sort }: OrganisationsArgs): Promise<Connection<OrganisationEntity>> {
    const key = SORT_KEYS[sort?.field ?? OrganisationSortField.NAME];
    const descending = sort?.direction === SortDirection.DESC;
    const query = this.filtered(filter);
    const totalCount = await query.clone().getCount();
    if (after) {
      const [value, id] = decodeCursor(after, 2);
      query.andWhere(`(${key.sql}, organisation.id) ${descending ? '<' : '>'} (:value, :id)`, { value, id });
    }
    const direction = descending ? 'DESC' : 'ASC';
    const rows = await query.orderBy(key.sql, direction).addOrderBy('organisation.id', direction).limit(first + 1).getMany();
    return toConnection(rows, first, totalCount, (row) => [key.of(row), row.id], (row) => row);
  }

  async deleted(args: OrganisationsArgs): Promise<Connection<OrganisationEntity>> {
    const query = this.filtered(args.filter).withDeleted().andWhere('organisation.deletedAt IS NOT NULL');
    const totalCount = await query.clone().getCount();
    if (args.after) {
      const [deletedAt, id] = decodeCursor(args.after, 2);
      query.andWhere('(organisation.deletedAt, organisation.id) < (:deletedAt, :id)', { deletedAt, id });
    }
    const rows = await query.orderBy('organisation.deletedAt', 'DESC').addOrderBy('organisation.id', 'DESC').limit(args.first + 1).getMany();
    return toConnection(rows, args.first, totalCount, (row) => [row.deletedAt?.toISOString() ?? '', row.id], (row) => row);
  }

  findById(id: string): Promise<OrganisationEntity | null> {
    return this.dataSource.getRepository(OrganisationEntity).findOneBy({ id });
  }

  async create(actor: SignedInUser, input: CreateOrganisationInput): Promise<OrganisationEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertCountryExists(manager, input.countryCode);
      const status = input.membershipStatus ?? MembershipStatus.PROSPECT;
      const organisation = manager.create(OrganisationEntity, {
        name: input.name,
        acronym: input.acronym ?? null,
        type: input.type,
        countryCode: input.countryCode ?? null,
        city: input.city ?? null,
        website: input.website ?? null,
        description: input.description ?? null,
        focusAreas: input.focusAreas ?? [],
        languages: input.languages ?? [],
        tags: input.tags ?? [],
        membershipStatus: status,
        memberSince: status === MembershipStatus.ACTIVE ? today() : null,
      });
      await manager.save(organisation);
      await manager.insert(MembershipChangeEntity, { organisationId: organisation.id, fromStatus: null, toStatus: status, changedById: actor.id, note: null });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'organisation.create',
        entityType: 'organisation',
        entityId: organisation.id,
        changes: this.audit.changesBetween(null, organisation, AUDITED_FIELDS),
      });
      return organisation;
    });
  }

  /** Coordinators and advocates edit any profile; a member representative only their own organisation's. */
  async update(actor: SignedInUser, input: UpdateOrganisationInput): Promise<OrganisationEntity> {
    if (actor.role === Role.MEMBER && actor.organisationId !== input.id) throw organisationsError(OrganisationsErrorCode.NOT_YOUR_ORGANISATION);
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.lock(manager, input.id);
      const before = { ...organisation };
      if (input.countryCode !== undefined) await this.assertCountryExists(manager, input.countryCode);
      for (const field of PROFILE_FIELDS) {
        const value = input[field];
        if (value !== undefined) Object.assign(organisation, { [field]: value });
      }
      await manager.save(organisation);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'organisation.update',
        entityType: 'organisation',
        entityId: organisation.id,
        changes: this.audit.changesBetween(before, organisation, AUDITED_FIELDS),
      });
      return organisation;
    });
  }

  async changeMembershipStatus(actor: SignedInUser, input: ChangeMembershipStatusInput): Promise<OrganisationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.lock(manager, input.organisationId);
      if (organisation.membershipStatus === input.status) throw organisationsError(OrganisationsErrorCode.SAME_STATUS);
      const before = { ...organisation };
      await manager.insert(MembershipChangeEntity, {
        organisationId: organisation.id,
        fromStatus: organisation.membershipStatus,
        toStatus: input.status,
        changedById: actor.id,
        note: input.note ?? null,
      });
      organisation.membershipStatus = input.status;
      if (input.status === MembershipStatus.ACTIVE && (!organisation.memberSince || input.memberSince)) {
        organisation.memberSince = input.memberSince ?? today();
      }
      await manager.save(organisation);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'organisation.change-membership-status',
        entityType: 'organisation',
        entityId: organisation.id,
        changes: this.audit.changesBetween(before, organisation, AUDITED_FIELDS),
      });
      return organisation;
    });
  }

  async softDelete(actor: SignedInUser, id: string): Promise<OrganisationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.lock(manager, id);
      organisation.deletedAt = new Date();
      await manager.update(OrganisationEntity, { id }, { deletedAt: organisation.deletedAt });
      await this.audit.record(manager, { actorId: actor.id, action: 'organisation.delete', entityType: 'organisation', entityId: id });
      return organisation;
    });
  }

  async restore(actor: SignedInUser, id: string): Promise<OrganisationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.lock(manager, id, true);
      assertRestorable('organisation', organisation.deletedAt);
      await manager.update(OrganisationEntity, { id }, { deletedAt: null });
      organisation.deletedAt = null;
      await this.audit.record(manager, { actorId: actor.id, action: 'organisation.restore', entityType: 'organisation', entityId: id });
      return organisation;
    });
  }

  private filtered(filter: OrganisationsFilter | undefined): SelectQueryBuilder<OrganisationEntity> {
    const query = this.dataSource.getRepository(OrganisationEntity).createQueryBuilder('organisation');
    const search = filter?.search?.trim();
    if (search) {
      query.andWhere(
        `(${SEARCH_DOCUMENT} LIKE '%' || f_unaccent(lower(:searchLiteral)) || '%' OR f_unaccent(lower(:search)) <% ${SEARCH_DOCUMENT})`,
        { search, searchLiteral: escapeLike(search) },
      );
    }
    if (filter?.countryCodes?.length) query.andWhere('organisation.countryCode IN (:...countryCodes)', { countryCodes: filter.countryCodes });
    if (filter?.types?.length) query.andWhere('organisation.type IN (:...types)', { types: filter.types });
    if (filter?.membershipStatuses?.length) {
      query.andWhere('organisation.membershipStatus IN (:...statuses)', { statuses: filter.membershipStatuses });
    }
    if (filter?.tags?.length) query.andWhere('organisation.tags && :tags', { tags: filter.tags });
    return query;
  }

  private async lock(manager: EntityManager, id: string, withDeleted = false): Promise<OrganisationEntity> {
    const query = manager.createQueryBuilder(OrganisationEntity, 'organisation').setLock('pessimistic_write').where('organisation.id = :id', { id });
    if (withDeleted) query.withDeleted();
    const organisation = await query.getOne();
    if (!organisation) throw organisationsError(OrganisationsErrorCode.ORGANISATION_NOT_FOUND);
    return organisation;
  }

  private async assertCountryExists(manager: EntityManager, code: string | null | undefined): Promise<void> {
    if (code && !(await manager.existsBy(CountryEntity, { code }))) throw organisationsError(OrganisationsErrorCode.UNKNOWN_COUNTRY);
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
