import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** One audited change: who did what to which record, written in the same transaction as the change. */
@Entity('audit_events')
@Index('audit_events_entity_idx', ['entityType', 'entityId', 'id'])
@Index('audit_events_actor_idx', ['actorId', 'id'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;

  /** Null when the system itself acted (a job, a public form). */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 100 })
  action!: string;

  @Column({ type: 'varchar', length: 64 })
  entityType!: string;

  @Column({ type: 'varchar', length: 64 })
  entityId!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  changes!: FieldChange[];
}
