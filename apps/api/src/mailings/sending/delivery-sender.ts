import { Inject, Injectable, Logger } from '@nestjs/common';
import { DeliveryStatus } from '@alliance/domain';
import { AppConfig } from '../../config/app-config';
import { MailTransport } from '../../core/mail/mail-transport';
import { classifySmtpFailure } from '../../core/mail/outgoing-mail';
import { DeliveryBatch } from './delivery-batch.job';
import { ClaimedDelivery, DeliveryLedger, DeliveryOutcome } from './delivery-ledger';
import { deliveryMessage, MessageSettings } from './delivery-message';
import { MailWorkerState } from './mail-worker-state';
import { MailingContent, MailingContentCache } from './mailing-content';
import { SendingRate } from './sending-rate';

/** The pooled SMTP transport of mailings, apart from the system's own mail so an alert never waits behind it (or the reverse). */
export const MAILING_TRANSPORT = Symbol('MAILING_TRANSPORT');

/** Groups one job keeps going at once, so the pool has the next group while the last one's answers are recorded. */
const LANES = 3;
const RECORD_TRIES = 3;

/**
 * Sends one bucket of a mailing: claims its due deliveries a chunk at a time, and for each group of at most a
 * pool's worth: takes sending-rate points, marks the group SENDING (re-checking suppressions, the mailing's state
 * and the claim in the same statement), hands it to SMTP concurrently and records every answer in one statement.
 * Only a group being handed to SMTP is ever SENDING, so a crash leaves at most that many deliveries UNKNOWN.
 */
@Injectable()
export class DeliverySender {
  private readonly logger = new Logger('Mailings');
  private readonly settings: MessageSettings;
  private readonly retryDelaysMs: number[];

  constructor(
    private readonly config: AppConfig,
    private readonly ledger: DeliveryLedger,
    private readonly contents: MailingContentCache,
    private readonly rate: SendingRate,
    private readonly worker: MailWorkerState,
    @Inject(MAILING_TRANSPORT) private readonly transport: MailTransport,
  ) {
    this.settings = {
      appSecret: config.appSecret,
      publicUrl: config.PUBLIC_URL,
      messageIdDomain: config.mailDomain,
      unsubscribeMailto: config.unsubscribeMailto,
    };
    this.retryDelaysMs = config.mailRetryDelaysMs;
  }

  async sendBatch(batch: DeliveryBatch): Promise<void> {
    const job = this.worker.enterJob();
    if (!job) return;
    try {
      await this.worker.ready;
      const workerId = this.worker.id;
      if (!workerId) return;
      const content = await this.contents.load(batch.mailingId);
      if (!content) return;
      const { claimable, claimSize } = this.worker;
      while (!this.mustStop(workerId)) {
        await claimable.acquire(claimSize);
        try {
          if (this.mustStop(workerId)) return;
          const claimed = await this.ledger.claim(workerId, batch, claimSize);
          if (!claimed.length) return;
          if (!(await this.sendClaimed(workerId, content, claimed))) return;
        } finally {
          claimable.release(claimSize);
        }
      }
    } finally {
      job.end();
    }
  }

  /**
   * Sends what was claimed, a group at a time on each of a few lanes; false when sending must stop (the mailing
   * was paused or cancelled, the worker is stopping). Gives back whatever it did not hand to SMTP.
   */
  private async sendClaimed(workerId: string, content: MailingContent, claimed: ClaimedDelivery[]): Promise<boolean> {
    const held = new Set(claimed.map((delivery) => delivery.id));
    const groups: ClaimedDelivery[][] = [];
    for (let start = 0; start < claimed.length; start += this.worker.groupSize) groups.push(claimed.slice(start, start + this.worker.groupSize));
    let carryOn = true;

    const lane = async (): Promise<void> => {
      while (carryOn && groups.length) {
        const group = groups.shift()!;
        await this.worker.inFlight.acquire(group.length);
        try {
          if (this.mustStop(workerId) || !(await this.rate.take(group.length, () => this.mustStop(workerId)))) {
            carryOn = false;
            return;
          }
          const ids = group.map((delivery) => delivery.id);
          const { sending, updated } = await this.ledger.markSending(workerId, content, this.settings.messageIdDomain, ids);
          for (const id of updated) held.delete(id);
          if (updated.size === 0) {
            // Not SENDING any more (paused, cancelled), or no longer ours: nothing of this chunk leaves.
            carryOn = false;
            return;
          }
          const toSend = group.filter((delivery) => sending.has(delivery.id));
          const outcomes = await Promise.all(toSend.map((delivery) => this.sendOne(content, delivery)));
          await this.recordOutcomes(workerId, outcomes);
        } finally {
          this.worker.inFlight.release(group.length);
        }
      }
    };

    const stopOthersOnFailure = (error: unknown) => {
      carryOn = false;
      throw error;
    };
    const lanes = await Promise.allSettled(Array.from({ length: LANES }, () => lane().catch(stopOthersOnFailure)));
    if (held.size) await this.giveBack(workerId, [...held]);
    const failure = lanes.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failure) throw failure.reason;
    return carryOn;
  }

  private async sendOne(content: MailingContent, delivery: ClaimedDelivery): Promise<DeliveryOutcome> {
    const attempt = delivery.attempts + 1;
    try {
      const sent = await this.transport.send(this.config.MAIL_FROM, deliveryMessage(content, delivery, this.settings));
      return { id: delivery.id, status: DeliveryStatus.SENT, detail: sent.response ?? '' };
    } catch (error) {
      const failure = classifySmtpFailure(error);
      if (failure.kind === 'permanent') return { id: delivery.id, status: DeliveryStatus.BOUNCED, detail: failure.detail };
      if (attempt > this.retryDelaysMs.length) return { id: delivery.id, status: DeliveryStatus.FAILED, detail: failure.detail };
      return { id: delivery.id, status: DeliveryStatus.QUEUED, detail: failure.detail, retryInMs: this.retryDelaysMs[attempt - 1] };
    }
  }

  private async recordOutcomes(workerId: string, outcomes: DeliveryOutcome[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.ledger.record(workerId, outcomes);
        return;
      } catch (error) {
        if (attempt >= RECORD_TRIES) {
          this.logger.error({ err: error, deliveries: outcomes.length }, 'could not record SMTP answers; will try again');
          this.worker.retryLater(() => this.ledger.record(workerId, outcomes));
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  }

  private async giveBack(workerId: string, ids: string[]): Promise<void> {
    try {
      await this.ledger.release(workerId, ids);
    } catch (error) {
      this.logger.warn({ err: error, deliveries: ids.length }, 'could not give back claimed deliveries; will try again');
      this.worker.retryLater(() => this.ledger.release(workerId, ids));
    }
  }

  private mustStop(workerId: string): boolean {
    return this.worker.stopping || this.worker.id !== workerId;
  }
}
