import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContactsModule } from '../contacts/contacts.module';
import { InstitutionsModule } from '../institutions/institutions.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { CampaignEntity } from './campaign.entity';
import { CampaignsLoaders } from './campaigns.loaders';
import { CampaignsResolver, OrganisationCampaignsResolver, ParticipationsResolver } from './campaigns.resolver';
import { CampaignsService } from './campaigns.service';
import { ParticipationEntity } from './participation.entity';
import { ParticipationsService } from './participations.service';
import { StanceChangeEntity, TargetEntity } from './target.entity';
import { TargetsResolver } from './targets.resolver';
import { TargetsService } from './targets.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([CampaignEntity, ParticipationEntity, TargetEntity, StanceChangeEntity]),
    OrganisationsModule,
    ContactsModule,
    InstitutionsModule,
  ],
  providers: [
    CampaignsService,
    ParticipationsService,
    TargetsService,
    CampaignsLoaders,
    CampaignsResolver,
    ParticipationsResolver,
    OrganisationCampaignsResolver,
    TargetsResolver,
  ],
  exports: [CampaignsLoaders],
})
export class CampaignsModule {}
