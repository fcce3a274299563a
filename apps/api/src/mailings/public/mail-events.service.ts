import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DeliveryStatus, SuppressionReason } from '@alliance/domain';
import { DataSource, EntityManager } from 'typeorm';
import { ConsentLedger } from '../lists/consent-ledger.service';
import { MailEventInput, MailEventsResultJson } from './mail-events.inputs';
import { PublicRecipients } from './public-recipients.service';

/** The Message-ID the sending pipeline gives each delivery: `<d{deliveryId}.m{mailingId}@domain>`. */
const DELIVERY_MESSAGE_ID = /^<?d(\d{1,18})\.m([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@[^<>\s]+>?$/i;
/** A late bounce overrides only what was handed over to SMTP; queued or excluded deliveries keep their state. */
const BOUNCEABLE = [DeliveryStatus.SENT, DeliveryStatus.UNKNOWN];

/**
 * Bounces, complaints and unsubscribes reported after the SMTP conversation (by the provider's
 * feedback loop, or a processor of the List-Unsubscribe mailto), applied in one transaction.
 */
@Injectable()
export class MailEventsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: ConsentLedger,
    private readonly recipients: PublicRecipients,
  ) {}

  apply(events: MailEventInput[]): Promise<MailEventsResultJson> {
    // One order for every call, so two batches touching the same addresses cannot deadlock.
    const ordered = [...events].sort((a, b) => a.email.toLowerCase().localeCompare(b.email.toLowerCase()));
    return this.dataSource.transaction(async (manager) => {
      const result = { accepted: 0, ignored: 0 };
      for (const event of ordered) {
        if (await this.applyOne(manager, event)) result.accepted += 1;
        else result.ignored += 1;
      }
      return result;
    });
  }

  private async applyOne(manager: EntityManager, event: MailEventInput): Promise<boolean> {
    const detail = oneLine(event.detail);
    switch (event.type) {
      case 'bounce': {
        // A temporary bounce is the sender's retry business; the address stays mailable.
        if (!event.permanent) return false;
        await this.ledger.suppress(manager, { address: event.email, reason: SuppressionReason.HARD_BOUNCE, detail: detail ?? 'permanent bounce (mail events webhook)', actorId: null });
        await this.markBounced(manager, event.email, event.messageId, detail);
        return true;
      }
      case 'complaint': {
        await this.ledger.suppress(manager, { address: event.email, reason: SuppressionReason.COMPLAINT, detail: detail ?? 'complaint (mail events webhook)', actorId: null });
        await this.leaveEveryList(manager, event.email);
        return true;
      }
      case 'unsubscribe': {
        await this.leaveEveryList(manager, event.email);
        await this.ledger.suppress(manager, { address: event.email, reason: SuppressionReason.LEFT_ALL, detail: detail ?? 'unsubscribe (mail events webhook)', actorId: null });
        return true;
      }
      default: {
        const unhandled: never = event.type;
        throw new Error(`Unhandled mail event ${String(unhandled)}`);
      }
    }
  }

  private async leaveEveryList(manager: EntityManager, address: string): Promise<void> {
    const contact = await this.recipients.byAddress(manager, address);
    if (contact) await this.ledger.unsubscribeEverywhere(manager, [contact.id], null);
  }

  /** When the event names one of our deliveries to this very address, that delivery is marked BOUNCED. */
  private async markBounced(manager: EntityManager, address: string, messageId: string | undefined, detail: string | null): Promise<void> {
    const match = messageId ? DELIVERY_MESSAGE_ID.exec(messageId.trim()) : null;
    if (!match) return;
    await manager.query(
      `UPDATE deliveries SET status = $1, last_error = $2, updated_at = now()
        WHERE id = $3 AND mailing_id = $4 AND email = lower($5) AND status = ANY($6::delivery_status[])`,
      [DeliveryStatus.BOUNCED, (detail ?? 'permanent bounce').slice(0, 500), match[1], match[2].toLowerCase(), address, BOUNCEABLE],
    );
  }
}

/** Provider texts can span lines; what is stored is one line of at most 500 characters. */
function oneLine(text: string | undefined): string | null {
  const line = text?.replace(/\s+/g, ' ').trim();
  return line ? line.slice(0, 500) : null;
}
