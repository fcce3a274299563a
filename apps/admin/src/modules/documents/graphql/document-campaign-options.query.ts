import { graphql } from '../../../gql';

/** The campaigns a document can be filed under, for what was typed. */
export const DOCUMENT_CAMPAIGN_OPTIONS_QUERY = graphql(`
  query DocumentCampaignOptions($first: Int!, $filter: CampaignsFilter) {
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
