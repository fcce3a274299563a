import { graphql } from '../../../gql';

/** Member representatives: a page of the coalition-level outreach history, newest first, without the notes. */
export const COALITION_INTERACTION_TIMELINE_QUERY = graphql(`
  query CoalitionInteractionTimeline($first: Int!, $after: String, $filter: InteractionsFilter) {
    interactions(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...InteractionFields
        }
      }
    }
  }
`);
