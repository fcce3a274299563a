import { graphql } from '../../../gql';

/** An organisation's part in a campaign: its role, and from when to when. */
export const CAMPAIGN_PARTICIPATION_FIELDS_FRAGMENT = graphql(`
  fragment CampaignParticipationFields on Participation {
    id
    campaignId
    organisationId
    role
    joinedAt
    leftAt
  }
`);
