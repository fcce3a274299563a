import { graphql } from '../../../gql';

/** The name of a campaign known by id (an interaction's, or the one a new interaction is logged for). */
export const INTERACTION_CAMPAIGN_NAME_QUERY = graphql(`
  query InteractionCampaignName($id: ID!) {
    campaign(id: $id) {
      id
      name
    }
  }
`);
