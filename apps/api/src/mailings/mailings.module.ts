import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AudienceEntity } from './audience.entity';
import { AudiencesResolver } from './audiences/audiences.resolver';
import { AudiencesService } from './audiences/audiences.service';
import { MailingsResolver } from './composer/mailings.resolver';
import { MailingsService } from './composer/mailings.service';
import { DeliveryEntity, MailWorkerEntity } from './delivery.entity';
import { ListsResolver, ListSubscriptionsResolver } from './lists/lists.resolver';
import { ListsService } from './lists/lists.service';
import { ConsentLedger } from './lists/consent-ledger.service';
import { ListSubscriptionsService } from './lists/list-subscriptions.service';
import { SuppressionsService } from './lists/suppressions.service';
import { MailEventsController, MailWebhookSecretGuard } from './public/mail-events.controller';
import { MailEventsService } from './public/mail-events.service';
import { MailTrackingController } from './public/mail-tracking.controller';
import { MailTrackingService } from './public/mail-tracking.service';
import { PublicMailController } from './public/public-mail.controller';
import { PublicMailThrottle } from './public/public-mail-throttle.service';
import { PublicPreferencesService } from './public/public-preferences.service';
import { PublicRecipients } from './public/public-recipients.service';
import { PublicSubscriptionsService } from './public/public-subscriptions.service';
import { ListSubscriptionEntity, MailingListEntity } from './mailing-list.entity';
import { MailingEntity, MailingTranslationEntity } from './mailing.entity';
import { AppConfig } from '../config/app-config';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { ContactsModule } from '../contacts/contacts.module';
import { UsersModule } from '../users/users.module';
import { createMailTransport } from '../core/mail/create-mail-transport';
import { DeliveryBatchHandler } from './sending/delivery-batch.handler';
import { DeliveryLedger } from './sending/delivery-ledger';
import { DeliverySender, MAILING_TRANSPORT } from './sending/delivery-sender';
import { MailWorker } from './sending/mail-worker';
import { MailWorkerState } from './sending/mail-worker-state';
import { MailingContentCache } from './sending/mailing-content';
import { MailingSendingService } from './sending/mailing-sending.service';
import { SendingLoaders } from './sending/mailing-sending.loaders';
import { MailingStarter } from './sending/mailing-starter';
import { SendingRate } from './sending/sending-rate';
import { SuppressionEntity } from './suppression.entity';

/** Action alerts: lists and consent, audiences, the composer and the sending pipeline. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      MailingListEntity,
      ListSubscriptionEntity,
      SuppressionEntity,
      AudienceEntity,
      MailingEntity,
      MailingTranslationEntity,
      DeliveryEntity,
      MailWorkerEntity,
    ]),
    // Their loaders resolve who and what a mailing or a subscription refers to.
    UsersModule,
    ContactsModule,
    CampaignsModule,
  ],
  controllers: [PublicMailController, MailEventsController, MailTrackingController],
  providers: [
    ListsService,
    ListSubscriptionsService,
    SuppressionsService,
    ConsentLedger,
    PublicRecipients,
    PublicMailThrottle,
    PublicSubscriptionsService,
    PublicPreferencesService,
    MailEventsService,
    MailWebhookSecretGuard,
    MailTrackingService,
    ListsResolver,
    ListSubscriptionsResolver,
    AudiencesService,
    AudiencesResolver,
    MailingsService,
    MailingSendingService,
    MailingStarter,
    SendingLoaders,
    MailingsResolver,
  ],
  exports: [AudiencesService, MailingSendingService, MailingStarter],
})
export class MailingsModule {}

/** Worker side: the delivery pipeline's job handlers and recovery loop. */
@Module({
  imports: [MailingsModule],
  providers: [
    { provide: MAILING_TRANSPORT, inject: [AppConfig], useFactory: (config: AppConfig) => createMailTransport(config) },
    MailWorkerState,
    DeliveryLedger,
    MailingContentCache,
    SendingRate,
    DeliverySender,
    DeliveryBatchHandler,
    MailWorker,
  ],
})
export class MailingsJobsModule {}
