import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntitySubscriberInterface, In, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { isDatabaseUnavailable } from '../database/database-unavailable';
import { isRedisUnavailable } from '../redis/redis-unavailable';
import { JobOptions, QUEUE_DRIVER, QueueDriver } from './queue-driver';
import { QueuedJobEntity } from './queued-job.entity';

/** Every process that serves or works looks this often; a commit that wrote to the outbox also nudges it at once. */
export const OUTBOX_POLL_MS = 500;
const BATCH_SIZE = 100;
/** Set on a transaction's query runner when it wrote to the outbox: its commit nudges the relay. */
const OUTBOX_WRITTEN = 'alliance:outbox-written';

interface OutboxRow {
  id: string;
  name: string;
  payload: unknown;
  options: JobOptions;
}

/**
 * Hands the jobs of the outbox (queued_jobs) to the queue. Rows are taken with FOR UPDATE SKIP LOCKED, so
 * every API and worker process can run a relay: each row goes through one of them at a time. A row is
 * deleted only after the queue accepted its job, in the same transaction that locked it; the job id is the
 * row id, and Bull ignores an add whose id it already holds. A row whose delete did not commit (Postgres went
 * away just then) is handed over again later: a job can therefore run twice if the first run has already
 * finished and left the queue, and handlers must be idempotent (the mail handler is, by its claim row).
 * While Redis is down, rows wait; they flow again by themselves when it answers.
 */
@Injectable()
export class OutboxRelay implements EntitySubscriberInterface {
  private readonly logger = new Logger('Outbox');
  private timer?: NodeJS.Timeout;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  /** What stopped the last pass, so an outage is logged once, not twice a second. */
  private blockedBy: string | null = null;
  /** Rows the queue refused for a reason of their own, already logged. */
  private readonly stuck = new Set<string>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(QUEUE_DRIVER) private readonly driver: QueueDriver,
  ) {
    // Transaction events reach every subscriber, whatever entities it listens to.
    dataSource.subscribers.push(this);
  }

  /** Remembers that this transaction wrote a job; its commit nudges the relay. */
  static markWritten(manager: EntityManager): boolean {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) return false;
    (runner.data as Record<string, unknown>)[OUTBOX_WRITTEN] = true;
    return true;
  }

  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => this.nudge(), OUTBOX_POLL_MS);
    this.nudge();
  }

  /** Stops polling and waits for a pass under way, so nothing is left half handed over at shutdown. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Runs a pass now, or right after the one under way. */
  nudge(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.relay().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.nudge();
      }
    });
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    // A released savepoint commits nothing yet: wait for the outermost commit.
    if (event.queryRunner.isTransactionActive) return;
    const data = event.queryRunner.data as Record<string, unknown> | undefined;
    if (!data?.[OUTBOX_WRITTEN]) return;
    delete data[OUTBOX_WRITTEN];
    this.nudge();
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (event.queryRunner.isTransactionActive) return;
    const data = event.queryRunner.data as Record<string, unknown> | undefined;
    if (data) delete data[OUTBOX_WRITTEN];
  }

  private async relay(): Promise<void> {
    try {
      let handedOver: number;
      do handedOver = await this.relayBatch();
      while (handedOver === BATCH_SIZE && !this.stopped);
      if (this.blockedBy) this.logger.log('jobs flow from the outbox to the queue again');
      this.blockedBy = null;
    } catch (error) {
      const reason = isRedisUnavailable(error) ? 'Redis is unavailable' : isDatabaseUnavailable(error) ? 'Postgres is unavailable' : 'unexpected error';
      if (this.blockedBy !== reason) this.logger.warn({ err: error }, `jobs wait in the outbox: ${reason}`);
      this.blockedBy = reason;
    }
  }

  /**
   * One batch: lock rows, add their jobs in order, delete those the queue accepted. Returns how many it
   * handed over; throws when Redis stopped it.
   */
  private async relayBatch(): Promise<number> {
    const { handedOver, failure } = await this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        'SELECT id, name, payload, options FROM queued_jobs ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED',
        [BATCH_SIZE],
      );
      const accepted: string[] = [];
      let stoppedBy: unknown = null;
      for (const row of rows) {
        try {
          await this.driver.add(row.name, row.payload, { ...row.options, jobId: row.options.jobId ?? row.id });
          accepted.push(row.id);
        } catch (error) {
          // Redis down: every other row would fail too. Anything else is about this row: it stays for
          // someone to look at, and does not hold up the rows behind it.
          if (isRedisUnavailable(error)) {
            stoppedBy = error;
            break;
          }
          this.reportStuck(row, error);
        }
      }
      if (accepted.length) await manager.delete(QueuedJobEntity, { id: In(accepted) });
      return { handedOver: accepted.length, failure: stoppedBy };
    });
    if (failure) throw failure;
    return handedOver;
  }

  /** Logs once per row (the payload may hold personal data: the job's name and id only). */
  private reportStuck(row: OutboxRow, error: unknown): void {
    if (this.stuck.has(row.id)) return;
    this.stuck.add(row.id);
    this.logger.error({ job: row.name, outboxId: row.id, err: error }, 'the queue refused a job of the outbox; it stays there');
  }
}
