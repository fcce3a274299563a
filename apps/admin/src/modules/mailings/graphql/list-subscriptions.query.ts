import { graphql } from '../../../gql';

/** A list's subscriptions, newest first, of the statuses asked for. */
export const LIST_SUBSCRIPTIONS_QUERY = graphql(`
  query ListSubscriptions($first: Int!, $after: String, $filter: ListSubscriptionsFilter) {
    listSubscriptions(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ListSubscriptionFields
        }
      }
    }
  }
`);
