import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler } from '../../queue/job-handler.decorator';
import { MailService } from '../mail.service';
import { SEND_MAIL } from '../mail.jobs';
import { OutgoingMail } from '../outgoing-mail';

@Injectable()
@HandlesJob(SEND_MAIL)
export class SendMailHandler implements JobHandler<OutgoingMail> {
  constructor(private readonly mail: MailService) {}

  async handle(mail: OutgoingMail): Promise<void> {
    await this.mail.deliver(mail);
  }
}
