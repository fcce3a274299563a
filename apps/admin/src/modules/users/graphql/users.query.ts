import { graphql } from '../../../gql';

export const USERS_QUERY = graphql(`
  query Users($first: Int!, $after: String, $filter: UsersFilter) {
    users(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...UserFields
          lastSignInAt
        }
      }
    }
  }
`);
