import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { verifyClick, verifyTrackingToken } from './tracking-token';

const WEB_LINK = /^https?:\/\//i;

/** What a click link leads to: the destination it was mailed with, or nothing when the link was tampered with. */
export type ClickTarget = { url: string } | null;

/**
 * Records first opens and first clicks of mailings that track, and nothing for the others, whatever the
 * token. Only the time of the first event is kept: no count of repeats, no address, no client details.
 */
@Injectable()
export class MailTrackingService {
  private readonly logger = new Logger('Mailings');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** The delivery a tracking token names, or null when it is forged, altered or cut short. */
  deliveryOf(token: string): string | null {
    return verifyTrackingToken(this.config.appSecret, token);
  }

  async recordOpen(deliveryId: string): Promise<void> {
    await this.record(deliveryId, 'opened_at = now()', 'delivery.opened_at IS NULL');
  }

  /** Where the link leads, when its destination is the one signed for this delivery; the click is then recorded. */
  async click(deliveryId: string, url: unknown, signature: unknown): Promise<ClickTarget> {
    if (!verifyClick(this.config.appSecret, deliveryId, url, signature) || typeof url !== 'string' || !WEB_LINK.test(url)) return null;
    // A click proves the mail was opened, even when its images were blocked.
    await this.record(
      deliveryId,
      'clicked_at = coalesce(delivery.clicked_at, now()), opened_at = coalesce(delivery.opened_at, now())',
      '(delivery.clicked_at IS NULL OR delivery.opened_at IS NULL)',
    );
    return { url };
  }

  /**
   * Best effort: the reader gets their image or their page even when the database cannot take the event
   * now (an action alert's link matters more than its count).
   */
  private async record(deliveryId: string, set: string, unrecorded: string): Promise<void> {
    try {
      await this.dataSource.query(
        `UPDATE deliveries delivery SET ${set}
           FROM mailings mailing
          WHERE delivery.id = $1 AND mailing.id = delivery.mailing_id AND mailing.tracking_enabled AND ${unrecorded}`,
        [deliveryId],
      );
    } catch (error) {
      this.logger.warn({ err: error }, 'could not record a tracked open or click');
    }
  }
}
