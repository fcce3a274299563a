import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { LoaderFactory, loaderByKey, loaderOfLists } from '../core/graphql/request-loaders';
import { CampaignEntity } from './campaign.entity';
import { ParticipationEntity } from './participation.entity';
import { StanceChangeEntity, TargetEntity } from './target.entity';

export interface CampaignsLoaderSet {
  byId: DataLoader<string, CampaignEntity | null>;
  participationsOfCampaign: DataLoader<string, ParticipationEntity[]>;
  participationsOfOrganisation: DataLoader<string, ParticipationEntity[]>;
  targetsOfCampaign: DataLoader<string, TargetEntity[]>;
  stanceHistory: DataLoader<string, StanceChangeEntity[]>;
}

@Injectable()
export class CampaignsLoaders implements LoaderFactory<CampaignsLoaderSet> {
  constructor(
    @InjectRepository(CampaignEntity) private readonly campaigns: Repository<CampaignEntity>,
    @InjectRepository(ParticipationEntity) private readonly participations: Repository<ParticipationEntity>,
    @InjectRepository(TargetEntity) private readonly targets: Repository<TargetEntity>,
    @InjectRepository(StanceChangeEntity) private readonly stanceChanges: Repository<StanceChangeEntity>,
  ) {}

  createLoaders(): CampaignsLoaderSet {
    return {
      byId: loaderByKey((ids) => this.campaigns.findBy({ id: In([...ids]) }), 'id'),
      participationsOfCampaign: loaderOfLists(
        (ids) => this.participations.find({ where: { campaignId: In([...ids]) }, order: { joinedAt: 'ASC' } }),
        'campaignId',
      ),
      participationsOfOrganisation: loaderOfLists(
        (ids) => this.participations.find({ where: { organisationId: In([...ids]) }, order: { joinedAt: 'ASC' } }),
        'organisationId',
      ),
      targetsOfCampaign: loaderOfLists((ids) => this.targets.find({ where: { campaignId: In([...ids]) }, order: { createdAt: 'ASC' } }), 'campaignId'),
      stanceHistory: loaderOfLists(
        (ids) => this.stanceChanges.find({ where: { targetId: In([...ids]) }, order: { changedAt: 'ASC', id: 'ASC' } }),
        'targetId',
      ),
    };
  }
}
