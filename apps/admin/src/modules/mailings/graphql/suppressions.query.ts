import { graphql } from '../../../gql';

/** Addresses that receive no mailing, newest first, matching part of an address. */
export const SUPPRESSIONS_QUERY = graphql(`
  query Suppressions($first: Int!, $after: String, $search: String) {
    suppressions(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          address
          reason
          detail
          createdAt
        }
      }
    }
  }
`);
