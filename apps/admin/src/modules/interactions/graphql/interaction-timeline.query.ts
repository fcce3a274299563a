import { graphql } from '../../../gql';

/** Staff: a page of outreach history (a contact's, an institution's with the bodies within, a campaign's), newest first, with the notes. */
export const INTERACTION_TIMELINE_QUERY = graphql(`
  query InteractionTimeline($first: Int!, $after: String, $filter: InteractionsFilter) {
    interactions(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...InteractionRecordFields
        }
      }
    }
  }
`);
