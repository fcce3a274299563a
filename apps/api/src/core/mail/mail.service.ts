import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { QueueService } from '../queue/queue.service';
import { SEND_MAIL } from './mail.jobs';
import { MAIL_TRANSPORT, MailTransport } from './mail-transport';
import { OutgoingMail, SentMail } from './outgoing-mail';

/** The one way mail leaves the system. `enqueue` from request handlers; `deliver` from jobs. */
@Injectable()
export class MailService {
  constructor(
    private readonly config: AppConfig,
    private readonly queue: QueueService,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
  ) {}

  /** Queues the mail; a worker sends it, retrying temporary failures with backoff. */
  enqueue(mail: OutgoingMail, options: { jobId?: string } = {}): Promise<void> {
    return this.queue.add(SEND_MAIL, mail, { attempts: 8, jobId: options.jobId });
  }

  deliver(mail: OutgoingMail): Promise<SentMail> {
    return this.transport.send(this.config.MAIL_FROM, mail);
  }
}
