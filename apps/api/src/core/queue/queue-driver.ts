export interface JobOptions {
  /** Attempts before the job counts as failed (default 5, with exponential backoff). */
  attempts?: number;
  /** Run no earlier than this many milliseconds from now. */
  delayMs?: number;
  /** A job with the same id is added only once while it exists (idempotent producers). */
  jobId?: string;
  /** Run again on this cron schedule (UTC), e.g. "0 6 * * *" for every day at 06:00. */
  repeatCron?: string;
}

export type JobHandlerFunction = (payload: unknown, context: { attempt: number }) => Promise<void>;

/**
 * What a queue backend must do. Producers never see it: they call QueueService.add.
 * Bull is the driver now; an in-process driver can implement the same contract.
 */
export interface QueueDriver {
  add(name: string, payload: unknown, options: JobOptions): Promise<void>;
  /** Worker side only: start taking jobs, one handler per job name. */
  process(handlers: ReadonlyMap<string, JobHandlerFunction>): Promise<void>;
  /** Answers whether the backend is reachable (for /health). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export const QUEUE_DRIVER = Symbol('QUEUE_DRIVER');
