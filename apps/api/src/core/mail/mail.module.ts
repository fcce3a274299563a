import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../../config/app-config';
import { createMailTransport } from './create-mail-transport';
import { MAIL_TRANSPORT, MailTransport } from './mail-transport';
import { MailSendClaims } from './mail-send-claims';
import { MailSendEntity } from './mail-send.entity';
import { MailService } from './mail.service';
import { SendMailHandler } from './jobs/send-mail.handler';
import { OutboxResolver } from './outbox.resolver';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([MailSendEntity])],
  providers: [
    {
      provide: MAIL_TRANSPORT,
      inject: [AppConfig],
      useFactory: (config: AppConfig): MailTransport => createMailTransport(config),
    },
    MailService,
    OutboxResolver,
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
