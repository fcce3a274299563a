import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DeliveryStatus, MailingStatus } from '@alliance/domain';
import { DataSource } from 'typeorm';
import { BUCKET_SIZE, DeliveryBatch } from './delivery-batch.job';
import { execute } from './sql-result';

/** A delivery a worker holds (CLAIMED), with what rendering its mail needs. */
export interface ClaimedDelivery {
  id: string;
  contactId: string | null;
  email: string;
  language: string;
  /** SMTP attempts before this one. */
  attempts: number;
  firstName: string;
  lastName: string;
  organisationName: string | null;
}

/** What became of one delivery handed to SMTP. */
export type DeliveryOutcome =
  | { id: string; status: DeliveryStatus.SENT | DeliveryStatus.FAILED | DeliveryStatus.BOUNCED; detail: string }
  /** A temporary failure: queued again for a later attempt. */
  | { id: string; status: DeliveryStatus.QUEUED; detail: string; retryInMs: number };

/**
 * The statements that move deliveries through their states on the worker side. Each acts on a whole group in one
 * round trip, and each is guarded by the state it expects and the worker holding the row, so a statement that
 * comes late (a redelivered job, a worker the others declared dead) changes nothing it should not.
 */
@Injectable()
export class DeliveryLedger {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Takes up to `limit` due deliveries of a bucket, in id order, skipping those another worker holds; none unless the mailing is SENDING. */
  async claim(workerId: string, batch: DeliveryBatch, limit: number): Promise<ClaimedDelivery[]> {
    const { rows } = await execute<ClaimedRow>(
      this.dataSource,
      `WITH claimed AS (
         UPDATE deliveries
            SET status = '${DeliveryStatus.CLAIMED}', claimed_by = $2, updated_at = now()
          WHERE id = ANY(ARRAY(
                  SELECT id FROM deliveries
                   WHERE mailing_id = $1 AND id >= $3 AND id < $4 AND status = '${DeliveryStatus.QUEUED}'
                     AND (next_attempt_at IS NULL OR next_attempt_at <= now())
                     AND EXISTS (SELECT 1 FROM mailings WHERE id = $1 AND status = '${MailingStatus.SENDING}')
                   ORDER BY id
                   LIMIT $5
                     FOR UPDATE SKIP LOCKED))
            AND status = '${DeliveryStatus.QUEUED}'
         RETURNING id, contact_id, email, language, attempts
       )
       SELECT claimed.id::text AS id, claimed.contact_id, claimed.email, claimed.language, claimed.attempts,
              coalesce(contact.first_name, '') AS first_name, coalesce(contact.last_name, '') AS last_name,
              (SELECT organisation.name
                 FROM affiliations affiliation
                 JOIN organisations organisation ON organisation.id = affiliation.organisation_id AND organisation.deleted_at IS NULL
                WHERE affiliation.contact_id = claimed.contact_id
                ORDER BY affiliation.created_at, affiliation.id
                LIMIT 1) AS organisation_name
         FROM claimed
         LEFT JOIN contacts contact ON contact.id = claimed.contact_id
        ORDER BY claimed.id`,
      [batch.mailingId, workerId, batch.bucket * BUCKET_SIZE, (batch.bucket + 1) * BUCKET_SIZE, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      contactId: row.contact_id,
      email: row.email,
      language: row.language,
      attempts: row.attempts,
      firstName: row.first_name,
      lastName: row.last_name,
      organisationName: row.organisation_name,
    }));
  }

  /**
   * The last look before SMTP, in one statement: an address suppressed or a recipient unsubscribed since the
   * mailing started is excluded now; every other delivery of the group becomes SENDING (one more attempt, its
   * Message-ID set). Nothing changes unless the mailing is still SENDING and the rows are still this worker's.
   * Returns the deliveries that may be sent, and all those this statement changed (none: stop).
   */
  async markSending(
    workerId: string,
    mailing: { id: string; listId: string },
    messageIdDomain: string,
    ids: readonly string[],
  ): Promise<{ sending: Set<string>; updated: Set<string> }> {
    const { rows } = await execute<{ id: string; status: DeliveryStatus }>(
      this.dataSource,
      `UPDATE deliveries d
          SET status = verdict.status,
              attempts = d.attempts + CASE WHEN verdict.status = '${DeliveryStatus.SENDING}' THEN 1 ELSE 0 END,
              message_id = CASE WHEN verdict.status = '${DeliveryStatus.SENDING}' THEN '<d' || d.id || '.m' || d.mailing_id || '@' || $5 || '>' ELSE d.message_id END,
              updated_at = now()
         FROM (SELECT candidate.id,
                      CASE
                        WHEN EXISTS (SELECT 1 FROM suppressions suppression WHERE suppression.address = candidate.email::citext)
                          THEN '${DeliveryStatus.SUPPRESSED}'
                        WHEN EXISTS (SELECT 1 FROM list_subscriptions subscription
                                      WHERE subscription.list_id = $4 AND subscription.contact_id = candidate.contact_id AND subscription.status = 'UNSUBSCRIBED')
                          THEN '${DeliveryStatus.UNSUBSCRIBED}'
                        ELSE '${DeliveryStatus.SENDING}'
                      END::delivery_status AS status
                 FROM deliveries candidate
                WHERE candidate.id = ANY($1::bigint[])) verdict
        WHERE d.id = verdict.id AND d.status = '${DeliveryStatus.CLAIMED}' AND d.claimed_by = $2
          AND EXISTS (SELECT 1 FROM mailings WHERE id = $3 AND status = '${MailingStatus.SENDING}')
        RETURNING d.id::text AS id, d.status`,
      [ids, workerId, mailing.id, mailing.listId, messageIdDomain],
    );
    return {
      sending: new Set(rows.filter((row) => row.status === DeliveryStatus.SENDING).map((row) => row.id)),
      updated: new Set(rows.map((row) => row.id)),
    };
  }

  /** Records SMTP's answers for a group in one statement; a hard bounce also suppresses the address. */
  async record(workerId: string, outcomes: readonly DeliveryOutcome[]): Promise<void> {
    if (!outcomes.length) return;
    const params: unknown[] = [workerId];
    const values = outcomes.map((outcome) => {
      params.push(outcome.id, outcome.status, outcome.detail.slice(0, 500), outcome.status === DeliveryStatus.QUEUED ? outcome.retryInMs : null);
      const n = params.length;
      return `($${n - 3}::bigint, $${n - 2}::delivery_status, $${n - 1}::varchar, $${n}::integer)`;
    });
    await execute(
      this.dataSource,
      `WITH outcome (id, status, detail, retry_ms) AS (VALUES ${values.join(', ')}),
       recorded AS (
         UPDATE deliveries d
            SET status = outcome.status,
                last_error = outcome.detail,
                sent_at = CASE WHEN outcome.status = '${DeliveryStatus.SENT}' THEN now() ELSE d.sent_at END,
                next_attempt_at = CASE WHEN outcome.status = '${DeliveryStatus.QUEUED}' THEN now() + outcome.retry_ms * interval '1 millisecond' END,
                claimed_by = CASE WHEN outcome.status = '${DeliveryStatus.QUEUED}' THEN NULL ELSE d.claimed_by END,
                updated_at = now()
           FROM outcome
          WHERE d.id = outcome.id AND d.claimed_by = $1
            AND d.status IN ('${DeliveryStatus.SENDING}', '${DeliveryStatus.UNKNOWN}')
         RETURNING d.email, d.status, d.last_error
       )
       INSERT INTO suppressions (address, reason, detail)
       SELECT email, 'HARD_BOUNCE', last_error FROM recorded WHERE status = '${DeliveryStatus.BOUNCED}'
       ON CONFLICT (address) DO NOTHING`,
      params,
    );
  }

  /** Gives back deliveries this worker claimed and will not send: QUEUED again, or CANCELLED when the mailing was. */
  async release(workerId: string, ids?: readonly string[]): Promise<number> {
    const { count } = await execute(
      this.dataSource,
      `UPDATE deliveries d
          SET status = CASE WHEN mailing.status = '${MailingStatus.CANCELLED}' THEN '${DeliveryStatus.CANCELLED}' ELSE '${DeliveryStatus.QUEUED}' END::delivery_status,
              claimed_by = NULL, updated_at = now()
         FROM mailings mailing
        WHERE mailing.id = d.mailing_id AND d.claimed_by = $1 AND d.status = '${DeliveryStatus.CLAIMED}'
          ${ids ? 'AND d.id = ANY($2::bigint[])' : ''}`,
      ids ? [workerId, ids] : [workerId],
    );
    return count;
  }
}

interface ClaimedRow {
  id: string;
  contact_id: string | null;
  email: string;
  language: string;
  attempts: number;
  first_name: string;
  last_name: string;
  organisation_name: string | null;
}
