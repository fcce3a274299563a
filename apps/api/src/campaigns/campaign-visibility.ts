import { CampaignStatus, CampaignVisibility, Role } from '@alliance/domain';
import { SelectQueryBuilder } from 'typeorm';
import { SignedInUser } from '../core/auth/request-auth';
import { CampaignEntity } from './campaign.entity';

/** Staff see every campaign; a member representative sees those open to members, once out of draft. */
export function mayView(viewer: SignedInUser, campaign: Pick<CampaignEntity, 'visibility' | 'status'>): boolean {
  return viewer.role !== Role.MEMBER || (campaign.visibility === CampaignVisibility.MEMBERS && campaign.status !== CampaignStatus.DRAFT);
}

/** The same rule as a query condition. */
export function restrictToVisible(query: SelectQueryBuilder<CampaignEntity>, viewer: SignedInUser, alias = 'campaign'): SelectQueryBuilder<CampaignEntity> {
  if (viewer.role !== Role.MEMBER) return query;
  return query.andWhere(`${alias}.visibility = :membersVisibility AND ${alias}.status <> :draft`, {
    membersVisibility: CampaignVisibility.MEMBERS,
    draft: CampaignStatus.DRAFT,
  });
}
