import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { ContactEntity } from '../contacts/contact.entity';
import { AuditService } from '../core/audit/audit.service';
import { SignedInUser } from '../core/auth/request-auth';
import { Connection, decodeCursor, toConnection } from '../core/graphql/pagination';
import { InstitutionEntity } from './institution.entity';
import { institutionsError, InstitutionsErrorCode } from './institutions.errors';
import { AddPositionInput, EndPositionInput, PolicymakersArgs } from './institutions.inputs';
import { INSTITUTION_AND_SEAT_HOLDERS_SUBTREE_SQL } from './institutions.service';
import { PositionEntity } from './position.entity';

/** Held today: started, and not ended before today. */
export const CURRENT_POSITION_SQL = 'position.startDate <= CURRENT_DATE AND (position.endDate IS NULL OR position.endDate >= CURRENT_DATE)';

export function isCurrent(position: Pick<PositionEntity, 'startDate' | 'endDate'>, today = new Date().toISOString().slice(0, 10)): boolean {
  return position.startDate <= today && (position.endDate === null || position.endDate >= today);
}

@Injectable()
export class PositionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Policymakers: current positions of contacts not deleted, by the contact's name. */
  async policymakers({ first, after, filter }: PolicymakersArgs): Promise<Connection<PositionEntity>> {
    const query = this.dataSource
      .getRepository(PositionEntity)
      .createQueryBuilder('position')
      .innerJoin('position.contact', 'contact')
      .innerJoin('position.institution', 'institution')
      .addSelect(['contact.lastName', 'contact.firstName'])
      .where(CURRENT_POSITION_SQL);
    if (filter?.institutionId) {
      // Resolved first: inside the query the planner cannot know the subtree is a handful of institutions, and
      // walks every contact in name order instead of starting from the positions at those institutions.
      const subtree: { id: string }[] = await this.dataSource.query(INSTITUTION_AND_SEAT_HOLDERS_SUBTREE_SQL.replaceAll(':rootInstitutionId', '$1'), [
        filter.institutionId,
      ]);
      if (!subtree.length) return toConnection([], first, 0, () => [], (row: PositionEntity) => row);
      query.andWhere('position.institutionId IN (:...institutionIds)', { institutionIds: subtree.map((row) => row.id) });
    }
    if (filter?.institutionKinds?.length) query.andWhere('institution.kind IN (:...kinds)', { kinds: filter.institutionKinds });
    if (filter?.countryCodes?.length) query.andWhere('institution.countryCode IN (:...countryCodes)', { countryCodes: filter.countryCodes });
    if (filter?.campaignId) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM targets t WHERE t.campaign_id = :campaignId AND (t.contact_id = position.contact_id OR t.institution_id = position.institution_id))`,
        { campaignId: filter.campaignId },
      );
    }
    const counting = query.clone().getCount();
    if (after) {
      const [lastName, firstName, id] = decodeCursor(after, 3);
      query.andWhere('(lower(contact.lastName), lower(contact.firstName), position.id) > (:lastName, :firstName, :id)', { lastName, firstName, id });
    }
    // The count and the page are independent: ask for both at once.
    const [totalCount, rows] = await Promise.all([
      counting,
      query.orderBy('lower(contact.lastName)', 'ASC').addOrderBy('lower(contact.firstName)', 'ASC').addOrderBy('position.id', 'ASC').limit(first + 1).getMany(),
    ]);
    return toConnection(
      rows,
      first,
      totalCount,
      (row) => [row.contact?.lastName.toLowerCase() ?? '', row.contact?.firstName.toLowerCase() ?? '', row.id],
      (row) => row,
    );
  }

  async add(actor: SignedInUser, input: AddPositionInput): Promise<PositionEntity> {
    if (input.endDate && input.endDate < input.startDate) throw institutionsError(InstitutionsErrorCode.END_BEFORE_START);
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(ContactEntity, { id: input.contactId }))) throw institutionsError(InstitutionsErrorCode.UNKNOWN_CONTACT);
      if (!(await manager.existsBy(InstitutionEntity, { id: input.institutionId }))) {
        throw institutionsError(InstitutionsErrorCode.UNKNOWN_INSTITUTION);
      }
      if (input.closeCurrentPositions) {
        const dayBefore = new Date(Date.parse(`${input.startDate}T00:00:00Z`) - 24 * 3600 * 1000).toISOString().slice(0, 10);
        const open = await manager.find(PositionEntity, { where: { contactId: input.contactId, endDate: IsNull() } });
        for (const position of open.filter((candidate) => candidate.startDate <= dayBefore)) {
          await manager.update(PositionEntity, { id: position.id }, { endDate: dayBefore });
          await this.audit.record(manager, {
            actorId: actor.id,
            action: 'position.end',
            entityType: 'position',
            entityId: position.id,
            changes: [{ field: 'endDate', from: null, to: dayBefore }],
          });
        }
      }
      const position = manager.create(PositionEntity, {
        contactId: input.contactId,
        institutionId: input.institutionId,
        title: input.title,
        startDate: input.startDate,
        endDate: input.endDate ?? null,
      });
      await manager.save(position);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'position.add',
        entityType: 'position',
        entityId: position.id,
        changes: this.audit.changesBetween(null, position, ['contactId', 'institutionId', 'title', 'startDate', 'endDate']),
      });
      return position;
    });
  }

  async end(actor: SignedInUser, input: EndPositionInput): Promise<PositionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const position = await manager.findOne(PositionEntity, { where: { id: input.positionId }, lock: { mode: 'pessimistic_write' } });
      if (!position) throw institutionsError(InstitutionsErrorCode.POSITION_NOT_FOUND);
      if (input.endDate < position.startDate) throw institutionsError(InstitutionsErrorCode.END_BEFORE_START);
      const before = { ...position };
      position.endDate = input.endDate;
      await manager.save(position);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'position.end',
        entityType: 'position',
        entityId: position.id,
        changes: this.audit.changesBetween(before, position, ['endDate']),
      });
      return position;
    });
  }
}
