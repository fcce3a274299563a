import { graphql } from '../../../gql';

/** The campaigns an interaction's campaign picker offers for what was typed. */
export const INTERACTION_CAMPAIGN_OPTIONS_QUERY = graphql(`
  query InteractionCampaignOptions($first: Int!, $filter: CampaignsFilter) {
    campaigns(first: $first, filter: $filter) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
