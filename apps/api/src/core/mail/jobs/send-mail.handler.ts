import { Injectable, Logger } from '@nestjs/common';
import { HandlesJob, JobHandler } from '../../queue/job-handler.decorator';
import { MailSendClaims } from '../mail-send-claims';
import { MailService } from '../mail.service';
import { SEND_MAIL } from '../mail.jobs';
import { classifySmtpFailure, OutgoingMail } from '../outgoing-mail';

/**
 * Sends a queued mail once, however often its job runs (a relay handing it over twice, a worker killed
 * after the send, a retry after Postgres or Redis came back): the mail's claim row says whether an earlier
 * attempt sent it. One case is left: an attempt that stopped between handing the message to SMTP and
 * recording the answer (a worker killed in that moment, an SMTP connection lost before its reply). The
 * next attempt cannot know whether the message went out and sends it again, with the same Message-ID
 * (counted in the claim's `interruptions`).
 */
@Injectable()
@HandlesJob(SEND_MAIL)
export class SendMailHandler implements JobHandler<OutgoingMail> {
  private readonly logger = new Logger('Mail');

  constructor(
    private readonly mail: MailService,
    private readonly claims: MailSendClaims,
  ) {}

  async handle(mail: OutgoingMail): Promise<void> {
    // Without a Message-ID (queued with `enqueue`, or before mails had one) there is nothing to claim by.
    if (!mail.messageId) {
      await this.mail.deliver(mail);
      return;
    }
    const claim = await this.claims.claim(mail.messageId);
    if (!claim) return;
    if (claim.interrupted) {
      this.logger.warn({ messageId: mail.messageId }, 'an earlier attempt ended without an answer from SMTP: sending again, it may arrive twice');
    }
    try {
      await this.mail.deliver(mail);
    } catch (error) {
      // An SMTP answer (4xx, 5xx) means the server refused the message: it does not have it.
      if (classifySmtpFailure(error).kind !== 'connection') await this.claims.release(mail.messageId);
      throw error;
    }
    await this.claims.markSent(mail.messageId);
  }
}
