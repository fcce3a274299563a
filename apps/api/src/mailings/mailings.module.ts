import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AudienceEntity } from './audience.entity';
import { AudiencesResolver } from './audiences/audiences.resolver';
import { AudiencesService } from './audiences/audiences.service';
import { MailingsResolver } from './composer/mailings.resolver';
import { MailingsService } from './composer/mailings.service';
import { DeliveryEntity, MailWorkerEntity } from './delivery.entity';
import { ListsResolver } from './lists/lists.resolver';
import { ListsService } from './lists/lists.service';
import { ListSubscriptionEntity, MailingListEntity } from './mailing-list.entity';
import { MailingEntity, MailingTranslationEntity } from './mailing.entity';
import { MailingSendingService } from './sending/mailing-sending.service';
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
  ],
  providers: [ListsService, ListsResolver, AudiencesService, AudiencesResolver, MailingsService, MailingSendingService, MailingsResolver],
  exports: [AudiencesService, MailingSendingService],
})
export class MailingsModule {}

/** Worker side: the delivery pipeline's job handlers and recovery loop. */
@Module({ imports: [MailingsModule] })
export class MailingsJobsModule {}
