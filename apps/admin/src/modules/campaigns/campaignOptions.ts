import { CampaignStatus, CampaignVisibility, CommitmentStatus, ParticipationRole, Priority, Stance } from '@alliance/domain';
import type {
  CampaignStatus as CampaignStatusValue,
  CampaignVisibility as CampaignVisibilityValue,
  CommitmentStatus as CommitmentStatusValue,
  ParticipationRole as ParticipationRoleValue,
  Priority as PriorityValue,
  Stance as StanceValue,
} from '../../gql/graphql';

export const CAMPAIGN_STATUSES: readonly CampaignStatusValue[] = Object.values(CampaignStatus);
export const CAMPAIGN_VISIBILITIES: readonly CampaignVisibilityValue[] = Object.values(CampaignVisibility);
export const PARTICIPATION_ROLES: readonly ParticipationRoleValue[] = Object.values(ParticipationRole);
export const STANCES: readonly StanceValue[] = Object.values(Stance);
export const PRIORITIES: readonly PriorityValue[] = Object.values(Priority);
export const COMMITMENT_STATUSES: readonly CommitmentStatusValue[] = Object.values(CommitmentStatus);

/** The path of a campaign's page. */
export const campaignPath = (id: string) => `/campaigns/${id}`;
