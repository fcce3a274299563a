import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { isDatabaseUnavailable } from '../database/database-unavailable';
import { MailSendEntity, MailSendStatus } from './mail-send.entity';

/** How long a send keeps trying to record that SMTP accepted the mail while Postgres is unavailable. */
const RECORD_SENT_WITHIN_MS = 30_000;
const RECORD_SENT_RETRY_MS = 1000;

/**
 * The claim rows (mail_sends) that let a mail job run any number of times and send its mail once:
 * claimed before the message goes to SMTP, marked SENT right after SMTP accepts it. Two attempts of
 * one job never run together (Bull locks an active job to its worker), so the claim does not lock
 * out a live attempt; it records what earlier attempts did.
 */
@Injectable()
export class MailSendClaims {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Null when an earlier attempt sent the mail; otherwise whether one ended without a definite answer. */
  claim(messageId: string): Promise<{ interrupted: boolean } | null> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager
        .createQueryBuilder(MailSendEntity, 'send')
        .setLock('pessimistic_write')
        .where('send.messageId = :messageId', { messageId })
        .getOne();
      if (found?.status === MailSendStatus.SENT) return null;
      const interrupted = found?.status === MailSendStatus.SENDING;
      await manager.query(
        `INSERT INTO mail_sends (message_id, status, attempts) VALUES ($1, 'SENDING', 1)
         ON CONFLICT (message_id) DO UPDATE
            SET status = 'SENDING', attempts = mail_sends.attempts + 1, interruptions = mail_sends.interruptions + $2`,
        [messageId, interrupted ? 1 : 0],
      );
      return { interrupted };
    });
  }

  /** SMTP answered with a refusal: it does not have the message, so the next attempt is no duplicate. */
  async release(messageId: string): Promise<void> {
    await this.dataSource.query(`UPDATE mail_sends SET status = 'QUEUED' WHERE message_id = $1 AND status = 'SENDING'`, [messageId]);
  }

  /**
   * Records that SMTP accepted the mail. The message is already out: while Postgres is unavailable, keeping
   * trying for a while beats failing the job, whose retry would send the message a second time.
   */
  async markSent(messageId: string): Promise<void> {
    const deadline = Date.now() + RECORD_SENT_WITHIN_MS;
    for (;;) {
      try {
        await this.dataSource.query(`UPDATE mail_sends SET status = 'SENT', sent_at = now() WHERE message_id = $1`, [messageId]);
        return;
      } catch (error) {
        if (!isDatabaseUnavailable(error) || Date.now() >= deadline) throw error;
        await sleep(RECORD_SENT_RETRY_MS);
      }
    }
  }
}
