import { graphql } from '../../../gql';

/** A member representative's organisation joins an open campaign, as supporter. */
export const JOIN_CAMPAIGN_MUTATION = graphql(`
  mutation JoinCampaign($id: ID!) {
    joinCampaign(id: $id) {
      ...CampaignParticipationFields
    }
  }
`);
