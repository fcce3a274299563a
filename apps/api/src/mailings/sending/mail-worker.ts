import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DeliveryStatus, MailingStatus } from '@alliance/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { MailTransport } from '../../core/mail/mail-transport';
import { AudienceEntity } from '../audience.entity';
import { MailingEntity } from '../mailing.entity';
import { currentRound, freshRound } from './delivery-batch.job';
import { DeliveryLedger } from './delivery-ledger';
import { MAILING_TRANSPORT } from './delivery-sender';
import { MailWorkerState } from './mail-worker-state';
import { MailingStarter } from './mailing-starter';
import { execute } from './sql-result';

/** Any fixed number: the key of the advisory lock that lets one worker at a time sweep. */
const SWEEP_LOCK = 7_301_905_517;
/** How long a stopping worker waits for its jobs to record what SMTP answered. */
const DRAIN_TIMEOUT_MS = 30_000;

/**
 * The life of a worker process in the sending pipeline, independent of the queue (a flushed Redis loses jobs,
 * never this loop): it registers in mail_workers and beats every MAIL_WORKER_HEARTBEAT_MS; and every one and a
 * half beats one worker at a time sweeps:
 *  - deliveries of dead workers (silent for five beats): CLAIMED ones are queued again, SENDING ones become
 *    UNKNOWN, since SMTP may or may not have taken them;
 *  - scheduled mailings that are due start;
 *  - buckets with due QUEUED deliveries of sending mailings are enqueued (retries, lost jobs, a flushed Redis);
 *  - sending mailings with nothing QUEUED, CLAIMED or SENDING finish.
 * On a graceful stop it takes no new work, waits for what SMTP has to be recorded, gives back what it holds
 * and leaves mail_workers.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Mailings');
  private readonly heartbeatMs: number;
  private readonly deadAfterMs: number;
  private readonly sweepMs: number;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();

  constructor(
    config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly state: MailWorkerState,
    private readonly ledger: DeliveryLedger,
    private readonly starter: MailingStarter,
    @Inject(MAILING_TRANSPORT) private readonly transport: MailTransport,
  ) {
    this.heartbeatMs = config.MAIL_WORKER_HEARTBEAT_MS;
    this.deadAfterMs = 5 * config.MAIL_WORKER_HEARTBEAT_MS;
    this.sweepMs = Math.round(1.5 * config.MAIL_WORKER_HEARTBEAT_MS);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.join();
    this.state.registered();
    this.every('heartbeat', this.heartbeatMs, () => this.beat());
    this.every('sweep', this.sweepMs, () => this.sweep());
  }

  async onModuleDestroy(): Promise<void> {
    this.state.stop();
    this.timers.forEach((timer) => clearTimeout(timer));
    await Promise.allSettled([...this.running]);
    if (!(await this.state.idle(DRAIN_TIMEOUT_MS))) this.logger.warn('stopping with deliveries still at SMTP: they will be marked UNKNOWN');
    const id = this.state.id;
    if (id) {
      try {
        await this.state.runRetries();
        await this.ledger.release(id);
        await execute(this.dataSource, 'DELETE FROM mail_workers WHERE id = $1', [id]);
      } catch (error) {
        // What it still holds is recovered by the other workers once its heartbeat is old enough.
        this.logger.warn({ err: error }, 'could not leave mail_workers cleanly');
      }
    }
    this.transport.close();
  }

  /** One sweep now (also run on a timer by every worker; one at a time does the work). */
  async sweep(): Promise<void> {
    let swept = false;
    let recovered = false;
    await this.dataSource.transaction(async (manager) => {
      const { rows } = await execute<{ locked: boolean }>(manager, 'SELECT pg_try_advisory_xact_lock($1) AS locked', [SWEEP_LOCK]);
      if (!rows[0]?.locked) return;
      swept = true;
      recovered = await this.recoverFromDeadWorkers(manager);
      await this.startDueMailings(manager);
      await this.finishDoneMailings(manager);
    });
    if (!swept) return;
    // A dead worker's jobs stay "active" in the queue until Bull finds them stalled: a recovery round gives
    // those buckets fresh jobs at once.
    await this.starter.enqueueDue(null, recovered ? freshRound() : currentRound());
  }

  private async recoverFromDeadWorkers(manager: EntityManager): Promise<boolean> {
    // Never itself: a worker that sweeps is alive, however late its last beat (a slow database, a busy event loop).
    const dead = await execute(manager, `DELETE FROM mail_workers WHERE heartbeat_at < now() - $1 * interval '1 millisecond' AND id <> $2`, [
      this.deadAfterMs,
      this.state.id,
    ]);
    const orphans = await execute(
      manager,
      `UPDATE deliveries d
          SET status = CASE WHEN d.status = '${DeliveryStatus.CLAIMED}' THEN '${DeliveryStatus.QUEUED}' ELSE '${DeliveryStatus.UNKNOWN}' END::delivery_status,
              claimed_by = CASE WHEN d.status = '${DeliveryStatus.CLAIMED}' THEN NULL ELSE d.claimed_by END,
              last_error = CASE WHEN d.status = '${DeliveryStatus.SENDING}'
                                THEN 'The worker sending it stopped before the SMTP answer was recorded: it may or may not have left.'
                                ELSE d.last_error END,
              updated_at = now()
        WHERE d.status IN ('${DeliveryStatus.CLAIMED}', '${DeliveryStatus.SENDING}')
          AND NOT EXISTS (SELECT 1 FROM mail_workers worker WHERE worker.id = d.claimed_by)`,
    );
    if (orphans.count) this.logger.warn({ deliveries: orphans.count }, 'recovered deliveries of a worker that stopped');
    return dead.count > 0 || orphans.count > 0;
  }

  private async startDueMailings(manager: EntityManager): Promise<void> {
    const due = await manager
      .createQueryBuilder(MailingEntity, 'mailing')
      .where('mailing.status = :scheduled AND mailing.scheduledAt <= now()', { scheduled: MailingStatus.SCHEDULED })
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
    for (const mailing of due) {
      const audience = await manager.findOne(AudienceEntity, { where: { id: mailing.audienceId! }, withDeleted: true });
      if (audience) await this.starter.start(manager, mailing, audience.rule);
    }
  }

  /**
   * Locks the candidates first, then checks again in a new statement (a new snapshot): a concurrent change that
   * puts deliveries back in play (resending unknown ones) locks the mailing too, so it is either seen or waited for.
   */
  private async finishDoneMailings(manager: EntityManager): Promise<void> {
    const inPlay = `NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.mailing_id = m.id
                      AND d.status IN ('${DeliveryStatus.QUEUED}', '${DeliveryStatus.CLAIMED}', '${DeliveryStatus.SENDING}'))`;
    const { rows } = await execute<{ id: string }>(
      manager,
      `SELECT m.id FROM mailings m WHERE m.status = '${MailingStatus.SENDING}' AND ${inPlay} FOR UPDATE SKIP LOCKED`,
    );
    if (!rows.length) return;
    await execute(
      manager,
      `UPDATE mailings m SET status = '${MailingStatus.FINISHED}', finished_at = now(), updated_at = now()
        WHERE m.id = ANY($1::uuid[]) AND m.status = '${MailingStatus.SENDING}' AND ${inPlay}`,
      [rows.map((row) => row.id)],
    );
  }

  private async join(): Promise<void> {
    const id = this.state.newIdentity();
    await execute(this.dataSource, 'INSERT INTO mail_workers (id) VALUES ($1)', [id]);
  }

  private async beat(): Promise<void> {
    const { count } = await execute(this.dataSource, 'UPDATE mail_workers SET heartbeat_at = now() WHERE id = $1', [this.state.id]);
    if (count === 0 && !this.state.stopping) {
      // The others found this worker silent too long and recovered its deliveries: whatever it still holds under
      // the old id must not be sent, so it carries on under a new one.
      this.logger.warn('this worker was taken for dead; joining again under a new id');
      await this.join();
    }
    await this.state.runRetries();
  }

  /** Runs a task every `intervalMs`, never two of it at once, logging failures and carrying on. */
  private every(name: string, intervalMs: number, task: () => Promise<void>): void {
    const run = () => {
      if (this.state.stopping) return;
      const running = task()
        .catch((error: unknown) => this.logger.warn({ err: error, task: name }, 'mail worker task failed; trying again shortly'))
        .finally(() => {
          this.running.delete(running);
          if (!this.state.stopping) this.timers.set(name, setTimeout(run, intervalMs));
        });
      this.running.add(running);
    };
    this.timers.set(name, setTimeout(run, intervalMs));
  }
}
