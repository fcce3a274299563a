import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContactsModule } from '../contacts/contacts.module';
import { InstitutionsModule } from '../institutions/institutions.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import {
  CommitmentEntity,
  InteractionContactEntity,
  InteractionEntity,
  InteractionInstitutionEntity,
  InteractionParticipantEntity,
} from './interaction.entity';
import { InteractionsLoaders } from './interactions.loaders';
import { CampaignCommitmentsResolver, InteractionsResolver, TargetLastReachedResolver } from './interactions.resolver';
import { InteractionsService } from './interactions.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([InteractionEntity, InteractionContactEntity, InteractionInstitutionEntity, InteractionParticipantEntity, CommitmentEntity]),
    ContactsModule,
    InstitutionsModule,
    OrganisationsModule,
  ],
  providers: [InteractionsService, InteractionsLoaders, InteractionsResolver, TargetLastReachedResolver, CampaignCommitmentsResolver],
})
export class InteractionsModule {}
