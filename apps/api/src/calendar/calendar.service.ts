import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@alliance/domain';
import { DataSource } from 'typeorm';
import { restrictToVisible } from '../campaigns/campaign-visibility';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { AuditService } from '../core/audit/audit.service';
import { SignedInUser } from '../core/auth/request-auth';
import { badUserInput, notFound } from '../core/graphql/errors';
import { InstitutionEntity } from '../institutions/institution.entity';
import { CalendarEventEntity } from './calendar-event.entity';
import { CalendarRangeArgs, CreateCalendarEventInput } from './calendar.inputs';

const MAX_RANGE_DAYS = 400;

@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Events overlapping the range, in order. The range is bounded, so the list is too. */
  between({ from, to, campaignId }: CalendarRangeArgs, viewer: SignedInUser): Promise<CalendarEventEntity[]> {
    if (to < from) throw badUserInput({ field: 'to', message: 'must not be before from' });
    if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 24 * 3600 * 1000) throw badUserInput({ field: 'to', message: `must be at most ${MAX_RANGE_DAYS} days after from` });
    const query = this.dataSource
      .getRepository(CalendarEventEntity)
      .createQueryBuilder('event')
      .where('event.startsAt < :to AND coalesce(event.endsAt, event.startsAt) >= :from', { from, to });
    if (campaignId) query.andWhere('event.campaignId = :campaignId', { campaignId });
    if (viewer.role === Role.MEMBER) {
      // An event of a campaign the viewer may not see would tell what the campaign plans.
      const visible = restrictToVisible(this.dataSource.getRepository(CampaignEntity).createQueryBuilder('visible').select('visible.id'), viewer, 'visible');
      query.andWhere(`(event.campaignId IS NULL OR event.campaignId IN (${visible.getQuery()}))`).setParameters({ ...query.getParameters(), ...visible.getParameters() });
    }
    return query.orderBy('event.startsAt', 'ASC').addOrderBy('event.id', 'ASC').getMany();
  }

  create(actor: SignedInUser, input: CreateCalendarEventInput): Promise<CalendarEventEntity> {
    if (input.endsAt && input.endsAt < input.startsAt) throw badUserInput({ field: 'endsAt', message: 'must not be before startsAt' });
    return this.dataSource.transaction(async (manager) => {
      if (input.campaignId && !(await manager.existsBy(CampaignEntity, { id: input.campaignId }))) throw badUserInput({ field: 'campaignId', message: 'is not a campaign' });
      if (input.institutionId && !(await manager.existsBy(InstitutionEntity, { id: input.institutionId }))) {
        throw badUserInput({ field: 'institutionId', message: 'is not an institution in the directory' });
      }
      const event = manager.create(CalendarEventEntity, {
        ...input,
        endsAt: input.endsAt ?? null,
        location: input.location ?? null,
        description: input.description ?? null,
        campaignId: input.campaignId ?? null,
        institutionId: input.institutionId ?? null,
      });
      await manager.save(event);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'calendar-event.create',
        entityType: 'calendar-event',
        entityId: event.id,
        changes: this.audit.changesBetween(null, event, ['title', 'kind', 'startsAt', 'endsAt', 'campaignId', 'institutionId']),
      });
      return event;
    });
  }

  remove(actor: SignedInUser, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(CalendarEventEntity, { id }))) throw notFound('The event');
      await manager.softDelete(CalendarEventEntity, { id });
      await this.audit.record(manager, { actorId: actor.id, action: 'calendar-event.delete', entityType: 'calendar-event', entityId: id });
      return true;
    });
  }
}
