import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_LANGUAGE, DeliveryStatus, MailingStatus } from '@alliance/domain';
import { DataSource, EntityManager } from 'typeorm';
import { QueueService } from '../../core/queue/queue.service';
import type { AudienceRule } from '../audience-rule';
import { recipientsSql } from '../audiences/audience-recipients';
import { MailingEntity } from '../mailing.entity';
import { BUCKET_SIZE, currentRound, DELIVERY_BATCH, deliveryBatchJobId } from './delivery-batch.job';
import { execute } from './sql-result';

const JOB_ATTEMPTS = 3;

/** Resolves a mailing's audience into deliveries (once, in SQL) and hands their buckets to the queue. */
@Injectable()
export class MailingStarter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: QueueService,
  ) {}

  /** Who would receive a mailing on this list to this audience, counted now. */
  async countRecipients(manager: EntityManager, listId: string, rule: AudienceRule): Promise<number> {
    const params: unknown[] = [];
    const recipients = recipientsSql(listId, rule, params);
    const { rows } = await execute<{ recipients: number }>(
      manager,
      `SELECT count(*) FILTER (WHERE recipient.exclusion IS NULL)::integer AS recipients FROM (${recipients}) recipient`,
      params,
    );
    return rows[0]?.recipients ?? 0;
  }

  /**
   * Creates one delivery per recipient (QUEUED, or the reason they are excluded) and marks the mailing SENDING,
   * in the caller's transaction, with the mailing row locked by the caller. The recipients never pass through
   * this process: the audience is resolved inside the INSERT. Enqueue after the commit.
   */
  async start(manager: EntityManager, mailing: MailingEntity, rule: AudienceRule): Promise<void> {
    const languages = await execute<{ language: string }>(manager, 'SELECT language FROM mailing_translations WHERE mailing_id = $1', [mailing.id]);
    const params: unknown[] = [mailing.id, languages.rows.map((row) => row.language), DEFAULT_LANGUAGE];
    const recipients = recipientsSql(mailing.listId, rule, params);
    await execute(
      manager,
      `INSERT INTO deliveries (mailing_id, contact_id, email, language, status)
       SELECT $1, recipient.contact_id, recipient.email,
              CASE WHEN recipient.preferred_language = ANY($2::text[]) THEN recipient.preferred_language ELSE $3 END,
              coalesce(recipient.exclusion, '${DeliveryStatus.QUEUED}')::delivery_status
         FROM (${recipients}) recipient
       ON CONFLICT (mailing_id, email) DO NOTHING`,
      params,
    );
    mailing.status = MailingStatus.SENDING;
    mailing.startedAt = new Date();
    await manager.save(mailing);
  }

  /**
   * Adds a job for every bucket with due QUEUED deliveries, of these mailings or of every mailing that sends.
   * Buckets already waiting in this round are not added twice.
   */
  async enqueueDue(mailingIds: readonly string[] | null, round = currentRound()): Promise<number> {
    const { rows } = await execute<{ mailing_id: string; bucket: string }>(
      this.dataSource,
      `SELECT delivery.mailing_id, delivery.id / ${BUCKET_SIZE} AS bucket
         FROM deliveries delivery
         JOIN mailings mailing ON mailing.id = delivery.mailing_id AND mailing.status = '${MailingStatus.SENDING}'
        WHERE delivery.status = '${DeliveryStatus.QUEUED}'
          AND (delivery.next_attempt_at IS NULL OR delivery.next_attempt_at <= now())
          ${mailingIds ? 'AND delivery.mailing_id = ANY($1::uuid[])' : ''}
        GROUP BY 1, 2
        ORDER BY 1, 2`,
      mailingIds ? [mailingIds] : [],
    );
    await Promise.all(
      rows.map((row) => {
        const batch = { mailingId: row.mailing_id, bucket: Number(row.bucket) };
        return this.queue.add(DELIVERY_BATCH, batch, { jobId: deliveryBatchJobId(batch, round), attempts: JOB_ATTEMPTS });
      }),
    );
    return rows.length;
  }
}
