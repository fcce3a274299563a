import { Logger } from '@nestjs/common';
import type { Queue } from 'bull';
import { redisConnectionEnded } from '../redis/redis-connection-end';
import { JobHandlerFunction, JobOptions, QueueDriver } from './queue-driver';

export const ALLIANCE_QUEUE = 'alliance';
/** Jobs one worker process runs at once. */
export const WORKER_CONCURRENCY = 8;
const DEFAULT_ATTEMPTS = 5;

/** Jobs on Redis through Bull: survives restarts, shared by any number of worker processes. */
export class BullQueueDriver implements QueueDriver {
  private readonly logger = new Logger('Queue');
  private closing = false;

  constructor(
    private readonly queue: Queue,
    private readonly concurrency: number,
  ) {
    ignoreWorkerNameFailures(queue);
  }

  async add(name: string, payload: unknown, options: JobOptions): Promise<void> {
    await this.queue.add(name, payload, {
      attempts: options.attempts ?? DEFAULT_ATTEMPTS,
      backoff: { type: 'exponential', delay: 1000 },
      delay: options.delayMs,
      jobId: options.jobId,
      repeat: options.repeatCron ? { cron: options.repeatCron, tz: 'UTC' } : undefined,
      removeOnComplete: true,
      removeOnFail: 1000,
    });
  }

  async process(handlers: ReadonlyMap<string, JobHandlerFunction>): Promise<void> {
    // One processor for every job name: Bull adds up the concurrency of named processors, so one per name
    // would let a worker run `concurrency` jobs per job type at once instead of `concurrency` in all.
    // process() settles only when the worker stops; when Bull ends its blocking connection on close it
    // rejects with no reason. Left unhandled, that rejection would crash the process (or a test) later.
    const processing = this.queue.process('*', this.concurrency, async (job) => {
      const handle = handlers.get(job.name);
      if (!handle) throw new Error(`No handler for job "${job.name}" in this worker`);
      try {
        await handle(job.data, { attempt: job.attemptsMade + 1 });
      } catch (error) {
        // Job payloads may hold personal data: log the job, not its data.
        this.logger.warn({ job: job.name, jobId: job.id, attempt: job.attemptsMade + 1, err: error }, 'job failed');
        throw error;
      }
    });
    processing.catch((error: unknown) => {
      if (!this.closing) this.logger.error({ err: error }, 'stopped processing jobs');
    });
    await this.queue.isReady();
  }

  async ping(): Promise<boolean> {
    try {
      return (await this.queue.client.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.queue.close();
    // Bull drops its blocking connection without waiting for it to end: wait, so nothing of it outlives the close.
    await Promise.all(this.queue.clients.map(redisConnectionEnded));
  }
}

/**
 * Bull names its blocking connection each time a handler is set (`setWorkerName`) and drops the promise. When the
 * queue closes before that command is answered, the rejection ("Connection is closed.") goes unhandled and takes
 * the process down. The name only labels the connection for `getWorkers()`: a failure to set it is harmless.
 */
function ignoreWorkerNameFailures(queue: Queue): void {
  const namedQueue = queue as Queue & { setWorkerName?: () => Promise<unknown> };
  const setWorkerName = namedQueue.setWorkerName?.bind(queue);
  if (!setWorkerName) return;
  namedQueue.setWorkerName = () => setWorkerName().catch(() => undefined);
}
