import { graphql } from '../../../gql';

/** The campaigns the signed-in user may see, by name, with the organisations taking part in each. */
export const CAMPAIGNS_QUERY = graphql(`
  query Campaigns($first: Int!, $after: String, $filter: CampaignsFilter) {
    campaigns(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...CampaignSummaryFields
          participations {
            ...CampaignParticipationFields
          }
        }
      }
    }
  }
`);
