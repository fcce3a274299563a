import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditEventEntity, FieldChange } from './audit-event.entity';

export interface AuditRecord {
  actorId: string | null;
  /** `<domain>.<verb>`, e.g. `user.invite`, `organisation.update`. */
  action: string;
  entityType: string;
  entityId: string;
  changes?: FieldChange[];
}

/** Values never written to the audit trail, whatever the caller passes. */
const REDACTED_FIELDS = new Set(['password', 'passwordHash', 'token', 'tokenHash', 'secret']);
const REDACTED = '[redacted]';

@Injectable()
export class AuditService {
  /** Must be called with the transaction's manager so the audit row commits or rolls back with the change. */
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`Audit of ${record.action} must be written inside the change's transaction`);
    }
    const changes = (record.changes ?? []).map((change) =>
      REDACTED_FIELDS.has(change.field) ? { field: change.field, from: REDACTED, to: REDACTED } : change,
    );
    await manager.getRepository(AuditEventEntity).insert({ ...record, changes: changes as never });
  }

  /** The fields whose values differ between two versions of a record (`before` null for a creation). */
  changesBetween<T extends object>(before: T | null, after: T, fields: readonly (keyof T & string)[]): FieldChange[] {
    return fields
      .map((field) => ({ field, from: before ? normalise(before[field]) : null, to: normalise(after[field]) }))
      .filter((change) => JSON.stringify(change.from) !== JSON.stringify(change.to));
  }
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value ?? null;
}
