import { graphql } from '../../../gql';

/** Saved audiences by name, matching what was typed: for the audiences page and the audience picker. */
export const AUDIENCES_QUERY = graphql(`
  query Audiences($first: Int!, $after: String, $search: String) {
    audiences(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          updatedAt
        }
      }
    }
  }
`);
