import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Connection, decodeCursor, toConnection } from '../graphql/pagination';
import { AuditEventEntity } from './audit-event.entity';
import { AuditEventModel } from './audit-event.model';
import { AuditEventsArgs } from './audit.inputs';

/** Reads the audit trail, newest first. */
@Injectable()
export class AuditTrailService {
  constructor(@InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>) {}

  async list({ first, after, filter }: AuditEventsArgs): Promise<Connection<AuditEventModel>> {
    const query = this.events.createQueryBuilder('event');
    if (filter?.entityType) query.andWhere('event.entityType = :entityType', { entityType: filter.entityType });
    if (filter?.entityId) query.andWhere('event.entityId = :entityId', { entityId: filter.entityId });
    if (filter?.actorId) query.andWhere('event.actorId = :actorId', { actorId: filter.actorId });
    if (filter?.action) query.andWhere('event.action = :action', { action: filter.action });
    const totalCount = await query.clone().getCount();
    if (after) {
      const [id] = decodeCursor(after, 1);
      query.andWhere('event.id < :afterId', { afterId: String(id) });
    }
    const rows = await query.orderBy('event.id', 'DESC').limit(first + 1).getMany();
    return toConnection(rows, first, totalCount, (row) => [row.id], toModel);
  }
}

function toModel(event: AuditEventEntity): AuditEventModel {
  return {
    ...event,
    changes: event.changes.map((change) => ({
      field: change.field,
      from: change.from === null || change.from === undefined ? null : JSON.stringify(change.from),
      to: change.to === null || change.to === undefined ? null : JSON.stringify(change.to),
    })),
  };
}
