import { graphql } from '../../../gql';

/** A member representative's organisation leaves a campaign; its participation stays in the history. */
export const LEAVE_CAMPAIGN_MUTATION = graphql(`
  mutation LeaveCampaign($id: ID!) {
    leaveCampaign(id: $id) {
      ...CampaignParticipationFields
    }
  }
`);
