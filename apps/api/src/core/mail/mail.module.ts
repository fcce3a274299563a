import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../../config/app-config';
import { MAIL_TRANSPORT, MailTransport, SmtpMailTransport } from './mail-transport';
import { MailSendClaims } from './mail-send-claims';
import { MailSendEntity } from './mail-send.entity';
import { MailService } from './mail.service';
import { SendMailHandler } from './jobs/send-mail.handler';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([MailSendEntity])],
  providers: [
    {
      provide: MAIL_TRANSPORT,
      inject: [AppConfig],
      useFactory: (config: AppConfig): MailTransport => SmtpMailTransport.fromConfig(config),
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

/** Worker side: the handler that actually sends queued mail, and the claims that make it send each mail once. */
@Module({ providers: [SendMailHandler, MailSendClaims] })
export class MailJobsModule {}
