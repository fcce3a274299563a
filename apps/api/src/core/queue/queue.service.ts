import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { JobDefinition } from './job-definition';
import { OutboxRelay } from './outbox-relay';
import { JobOptions, QUEUE_DRIVER, QueueDriver } from './queue-driver';
import { QueuedJobEntity } from './queued-job.entity';

/**
 * Options of a job written to the outbox. Schedules (`repeatCron`) are registrations, not events: use `add`.
 * A `delayMs` counts from the moment the relay hands the job over.
 */
export interface OutboxJobOptions extends Omit<JobOptions, 'repeatCron'> {
  /** The outbox row's id (a UUID), when the payload must know it in advance (e.g. a mail's Message-ID). */
  id?: string;
}

/** What producers inject: add a typed job by its definition. */
@Injectable()
export class QueueService {
  constructor(
    @Inject(QUEUE_DRIVER) private readonly driver: QueueDriver,
    private readonly relay: OutboxRelay,
  ) {}

  /**
   * Straight to the queue, for callers without a transaction (schedules, jobs queued by jobs). Fails when
   * Redis is unreachable: a change that calls for a job should use `addInTransaction` instead.
   */
  add<Payload>(job: JobDefinition<Payload>, payload: Payload, options: JobOptions = {}): Promise<void> {
    return this.driver.add(job.name, payload, options);
  }

  /**
   * Writes the job to the outbox with the caller's transaction: it is queued if and only if that transaction
   * commits, even when Redis is down at that moment (the relay hands it over once Redis answers). Returns the
   * outbox row's id, which is also the job's id unless `jobId` is given. The job may run more than once
   * (see OutboxRelay): its handler must be idempotent.
   */
  async addInTransaction<Payload>(manager: EntityManager, job: JobDefinition<Payload>, payload: Payload, options: OutboxJobOptions = {}): Promise<string> {
    const { id = randomUUID(), ...jobOptions } = options;
    await manager.insert(QueuedJobEntity, { id, name: job.name, payload: payload as object, options: jobOptions });
    // Outside a transaction the row is already committed: relay it now.
    if (!OutboxRelay.markWritten(manager)) this.relay.nudge();
    return id;
  }

  ping(): Promise<boolean> {
    return this.driver.ping();
  }
}
