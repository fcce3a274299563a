import { graphql } from '../../../gql';

/** A campaign's open commitments, soonest due first (staff). */
export const CAMPAIGN_OPEN_COMMITMENTS_QUERY = graphql(`
  query CampaignOpenCommitments($campaignId: ID!) {
    openCommitments(campaignId: $campaignId) {
      ...CampaignCommitmentFields
    }
  }
`);
