import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { JobOptions } from './queue-driver';

/**
 * The outbox: a job written in the same transaction as the change that calls for it, waiting for the relay
 * to hand it to the queue. Rows live from the commit until Redis has the job (normally a few milliseconds;
 * as long as Redis is down otherwise), then they are deleted.
 */
@Entity('queued_jobs')
export class QueuedJobEntity {
  /** Also the queue's job id (unless the options name one), so handing a row over twice adds one job. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** The job definition's name, e.g. "mail.send". */
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'jsonb' })
  payload!: unknown;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  options!: JobOptions;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
