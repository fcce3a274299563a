import { defineJob } from '../../core/queue/job-definition';

/** Deliveries are handed out in buckets of consecutive ids: a job names a bucket, never the recipients themselves. */
export const BUCKET_SIZE = 500;

/** Send whatever is due in one bucket of a mailing's deliveries. */
export interface DeliveryBatch {
  mailingId: string;
  /** floor(delivery id / BUCKET_SIZE) */
  bucket: number;
}

export const DELIVERY_BATCH = defineJob<DeliveryBatch>('mailings.delivery-batch');

/**
 * The job id of a bucket in a round. While a job with this id waits or runs, adding it again does nothing,
 * so producers (the start, resume, and every worker's sweep) may add freely. A new round gives a bucket a
 * fresh job even when an old one is stuck (held by a dead worker, or kept as failed).
 */
export function deliveryBatchJobId(batch: DeliveryBatch, round: string): string {
  return `delivery-batch:${batch.mailingId}:${batch.bucket}:${round}`;
}

const ROUND_MS = 60_000;

/** The round of ordinary enqueues: changes once a minute. */
export function currentRound(now = Date.now()): string {
  return String(Math.floor(now / ROUND_MS));
}

/**
 * A round of its own: after a worker died with jobs in hand, or when a coordinator resumes a mailing or resends
 * deliveries (jobs of the same minute may still be held by a worker that died).
 */
export function freshRound(now = Date.now()): string {
  return `r${now}`;
}
