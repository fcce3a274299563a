import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';

const IN_FLIGHT_GROUPS = 3;
const CHUNKS_AHEAD = 4;

/** Counts out a fixed number of places; waiters are served in order. */
export class Slots {
  private free: number;
  private readonly waiting: { count: number; wake: () => void }[] = [];

  constructor(readonly capacity: number) {
    this.free = capacity;
  }

  async acquire(count: number): Promise<void> {
    const wanted = Math.min(count, this.capacity);
    if (this.waiting.length === 0 && this.free >= wanted) {
      this.free -= wanted;
      return;
    }
    await new Promise<void>((wake) => this.waiting.push({ count: wanted, wake }));
  }

  release(count: number): void {
    this.free += Math.min(count, this.capacity);
    while (this.waiting.length && this.free >= this.waiting[0].count) {
      const next = this.waiting.shift()!;
      this.free -= next.count;
      next.wake();
    }
  }
}

/**
 * What one worker process knows about itself while it sends: its id in mail_workers (a new one if the others
 * ever declared it dead), whether it is stopping, the jobs it is running, and how many deliveries it may have
 * handed to SMTP at once. Deliveries are claimed under the id current at the claim; once the id changes,
 * nothing held under the old one is sent.
 */
@Injectable()
export class MailWorkerState {
  private currentId: string | null = null;
  private stoppingNow = false;
  private running = 0;
  private readonly idleWaiters: (() => void)[] = [];
  private readonly retries: (() => Promise<unknown>)[] = [];
  private readyResolve!: () => void;
  /** Settles once the worker is registered (its deliveries could not be recovered before that). */
  readonly ready = new Promise<void>((resolve) => (this.readyResolve = resolve));
  /** Deliveries marked SENDING together: a third of the pooled connections. */
  readonly groupSize: number;
  /**
   * Deliveries this worker may have SENDING at once (handed to SMTP, answer not recorded yet): three groups, one per
   * pooled connection, so the pool has the next group while the answers of the last one are being recorded, and never
   * more than it has connections. Also the most a crash can leave UNKNOWN.
   */
  readonly inFlight: Slots;
  /** Deliveries claimed by one job at a time. */
  readonly claimSize = 100;
  /** Deliveries this worker may hold CLAIMED: a few chunks ahead of SMTP, so it never hoards what another worker could send. */
  readonly claimable: Slots;

  constructor(config: AppConfig) {
    this.groupSize = Math.max(1, Math.floor(config.MAIL_POOL_CONNECTIONS / IN_FLIGHT_GROUPS));
    this.inFlight = new Slots(IN_FLIGHT_GROUPS * this.groupSize);
    this.claimable = new Slots(CHUNKS_AHEAD * this.claimSize);
  }

  get id(): string | null {
    return this.currentId;
  }

  get stopping(): boolean {
    return this.stoppingNow;
  }

  /** A new identity: at start, and after the others declared this worker dead. */
  newIdentity(): string {
    this.currentId = randomUUID();
    return this.currentId;
  }

  registered(): void {
    this.readyResolve();
  }

  stop(): void {
    this.stoppingNow = true;
  }

  /** Counts a running job; null when the worker is stopping and takes no new work. */
  enterJob(): { end: () => void } | null {
    if (this.stoppingNow) return null;
    this.running++;
    let ended = false;
    return {
      end: () => {
        if (ended) return;
        ended = true;
        this.running--;
        if (this.running === 0) this.idleWaiters.splice(0).forEach((wake) => wake());
      },
    };
  }

  /**
   * Keeps a bookkeeping statement that failed (the database was briefly unreachable) to be tried again: an SMTP
   * answer left unrecorded would hold its delivery in SENDING, and the mailing open, for as long as this worker lives.
   */
  retryLater(operation: () => Promise<unknown>): void {
    this.retries.push(operation);
  }

  /** Tries the kept statements again; those failing once more stay kept. */
  async runRetries(): Promise<void> {
    for (const operation of this.retries.splice(0)) {
      try {
        await operation();
      } catch {
        this.retries.push(operation);
      }
    }
  }

  /** Settles when no job runs any more, or after the timeout. */
  async idle(timeoutMs: number): Promise<boolean> {
    if (this.running === 0) return true;
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.idleWaiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
