import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { MAIL_TRANSPORT, MailTransport, SmtpMailTransport } from './mail-transport';
import { MailService } from './mail.service';
import { SendMailHandler } from './jobs/send-mail.handler';

@Global()
@Module({
  providers: [
    {
      provide: MAIL_TRANSPORT,
      inject: [AppConfig],
      useFactory: (config: AppConfig): MailTransport => new SmtpMailTransport(config.SMTP_URL),
    },
    MailService,
  ],
  exports: [MailService, MAIL_TRANSPORT],
})
export class MailModule implements OnApplicationShutdown {
  constructor(@Inject(MAIL_TRANSPORT) private readonly transport: MailTransport) {}

  onApplicationShutdown(): void {
    this.transport.close();
  }
}

/** Worker side: the handler that actually sends queued mail. */
@Module({ providers: [SendMailHandler] })
export class MailJobsModule {}
