import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { ContactsModule } from '../contacts/contacts.module';
import { InstitutionsModule } from '../institutions/institutions.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { TaskEntity } from '../tasks/task.entity';
import { TasksModule } from '../tasks/tasks.module';
import { UsersModule } from '../users/users.module';
import {
  CommitmentEntity,
  InteractionContactEntity,
  InteractionEntity,
  InteractionInstitutionEntity,
  InteractionParticipantEntity,
} from './interaction.entity';
import { InteractionsLoaders } from './interactions.loaders';
import { CampaignCommitmentsResolver, CommitmentsResolver, InteractionsResolver, TargetLastReachedResolver } from './interactions.resolver';
import { InteractionsService } from './interactions.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([InteractionEntity, InteractionContactEntity, InteractionInstitutionEntity, InteractionParticipantEntity, CommitmentEntity, TaskEntity]),
    CampaignsModule,
    ContactsModule,
    InstitutionsModule,
    OrganisationsModule,
    UsersModule,
    TasksModule,
  ],
  providers: [
    InteractionsService,
    InteractionsLoaders,
    InteractionsResolver,
    CommitmentsResolver,
    TargetLastReachedResolver,
    CampaignCommitmentsResolver,
  ],
})
export class InteractionsModule {}
