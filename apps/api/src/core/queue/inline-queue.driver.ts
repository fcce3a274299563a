import { Logger } from '@nestjs/common';
import { parseExpression } from 'cron-parser';
import { randomUUID } from 'node:crypto';
import { JobHandlerFunction, JobOptions, QueueDriver } from './queue-driver';

const DEFAULT_ATTEMPTS = 5;
/** The first retry waits this long, each next one twice as long (as the Bull driver's exponential backoff). */
const BACKOFF_MS = 1000;
/** setTimeout's longest wait; a schedule further away is re-checked then. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

interface InlineJob {
  id: string;
  name: string;
  payload: unknown;
  attempts: number;
  attemptsMade: number;
}

/**
 * Jobs in this process's memory, for an installation without Redis: same contract as the Bull driver (job ids
 * de-duplicate while the job waits or runs, delays, attempts with exponential backoff, cron schedules in UTC, a
 * concurrency limit, a close that waits for running jobs). Its limits: one process serves and works (no separate
 * workers, no scale-out), and jobs that are waiting when the process stops or crashes are gone, except those
 * still in the transactional outbox (queued_jobs) and the mailings' own recovery sweep, which both live in
 * Postgres.
 */
export class InlineQueueDriver implements QueueDriver {
  private readonly logger = new Logger('Queue');
  private handlers: ReadonlyMap<string, JobHandlerFunction> | null = null;
  /** Ids of jobs waiting, delayed, backing off or running. */
  private readonly known = new Set<string>();
  private readonly due: InlineJob[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly schedules = new Set<string>();
  private readonly running = new Set<Promise<void>>();
  private closing = false;

  constructor(private readonly concurrency: number) {}

  async add(name: string, payload: unknown, options: JobOptions): Promise<void> {
    if (this.closing) throw new Error('The in-process queue is closing: it takes no new jobs');
    if (options.repeatCron) {
      this.schedule(name, payload, options.repeatCron, options);
      return;
    }
    const id = options.jobId ?? randomUUID();
    if (this.known.has(id)) return;
    this.known.add(id);
    this.after(options.delayMs ?? 0, { id, name, payload, attempts: options.attempts ?? DEFAULT_ATTEMPTS, attemptsMade: 0 });
  }

  async process(handlers: ReadonlyMap<string, JobHandlerFunction>): Promise<void> {
    this.handlers = handlers;
    this.pump();
  }

  async ping(): Promise<boolean> {
    return !this.closing;
  }

  /** Takes nothing new, drops what waits (see the class comment) and waits for the jobs running now. */
  async close(): Promise<void> {
    this.closing = true;
    this.timers.forEach((timer) => clearTimeout(timer));
    this.timers.clear();
    if (this.due.length) this.logger.warn({ jobs: this.due.length }, 'stopping with jobs still waiting in memory: they are dropped');
    this.due.length = 0;
    await Promise.allSettled([...this.running]);
  }

  /** Registers a cron schedule once (by job name, id and expression); each run is a job of its own. */
  private schedule(name: string, payload: unknown, cron: string, options: JobOptions): void {
    const key = `${name}|${options.jobId ?? ''}|${cron}`;
    if (this.schedules.has(key)) return;
    // Throws on a malformed expression, as Bull does when the schedule is added.
    const expression = parseExpression(cron, { tz: 'UTC' });
    this.schedules.add(key);
    const next = () => {
      const at = expression.next().getTime();
      const wait = () => {
        const left = at - Date.now();
        if (left > LONGEST_TIMER_MS) return this.timer(LONGEST_TIMER_MS, wait);
        this.timer(Math.max(left, 0), () => {
          const id = `${key}|${at}`;
          if (!this.known.has(id)) {
            this.known.add(id);
            this.enqueue({ id, name, payload, attempts: options.attempts ?? DEFAULT_ATTEMPTS, attemptsMade: 0 });
          }
          next();
        });
      };
      wait();
    };
    next();
  }

  private after(delayMs: number, job: InlineJob): void {
    if (delayMs > 0) this.timer(delayMs, () => this.enqueue(job));
    else this.enqueue(job);
  }

  private timer(ms: number, run: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, ms);
    // Timers never keep a process alive on their own: the HTTP server (or the caller) does.
    timer.unref();
    this.timers.add(timer);
  }

  private enqueue(job: InlineJob): void {
    if (this.closing) return;
    this.due.push(job);
    this.pump();
  }

  private pump(): void {
    while (this.handlers && !this.closing && this.running.size < this.concurrency && this.due.length) {
      const job = this.due.shift()!;
      const run = this.run(job).finally(() => {
        this.running.delete(run);
        this.pump();
      });
      this.running.add(run);
    }
  }

  private async run(job: InlineJob): Promise<void> {
    job.attemptsMade++;
    try {
      const handle = this.handlers?.get(job.name);
      if (!handle) throw new Error(`No handler for job "${job.name}" in this process`);
      await handle(job.payload, { attempt: job.attemptsMade });
      this.known.delete(job.id);
    } catch (error) {
      // Job payloads may hold personal data: log the job, not its data.
      this.logger.warn({ job: job.name, jobId: job.id, attempt: job.attemptsMade, err: error }, 'job failed');
      if (job.attemptsMade < job.attempts && !this.closing) {
        this.timer(BACKOFF_MS * 2 ** (job.attemptsMade - 1), () => this.enqueue(job));
      } else {
        this.known.delete(job.id);
        if (!this.closing) this.logger.error({ job: job.name, jobId: job.id, attempts: job.attemptsMade }, 'job failed for good');
      }
    }
  }
}
