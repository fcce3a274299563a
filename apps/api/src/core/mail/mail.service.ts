import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { QueueService } from '../queue/queue.service';
import { SEND_MAIL } from './mail.jobs';
import { MailSendEntity, MailSendStatus } from './mail-send.entity';
import { MAIL_TRANSPORT, MailTransport } from './mail-transport';
import { OutgoingMail, SentMail } from './outgoing-mail';

const SEND_ATTEMPTS = 8;

/**
 * The one way mail leaves the system. `enqueueInTransaction` from changes that call for a mail (the mail
 * goes if and only if the change commits); `enqueue` from code without a transaction; `deliver` from jobs.
 */
@Injectable()
export class MailService {
  constructor(
    private readonly config: AppConfig,
    private readonly queue: QueueService,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
  ) {}

  /** Queues the mail straight away; a worker sends it, retrying temporary failures with backoff. */
  enqueue(mail: OutgoingMail, options: { jobId?: string } = {}): Promise<void> {
    return this.queue.add(SEND_MAIL, mail, { attempts: SEND_ATTEMPTS, jobId: options.jobId });
  }

  /**
   * Queues the mail with the caller's transaction, through the outbox, under a Message-ID made from the
   * outbox row's id: every attempt sends the same message, and its claim row (written here too) lets the
   * worker send it once. Returns the Message-ID.
   */
  async enqueueInTransaction(manager: EntityManager, mail: OutgoingMail): Promise<string> {
    const id = randomUUID();
    const messageId = `<${id}@${this.config.mailDomain}>`;
    await manager.insert(MailSendEntity, { messageId, status: MailSendStatus.QUEUED });
    await this.queue.addInTransaction(manager, SEND_MAIL, { ...mail, messageId }, { id, attempts: SEND_ATTEMPTS });
    return messageId;
  }

  deliver(mail: OutgoingMail): Promise<SentMail> {
    return this.transport.send(this.config.MAIL_FROM, mail);
  }
}
