import { graphql } from '../../../gql';

/** Mailings, newest first, matching the list's filters. */
export const MAILINGS_QUERY = graphql(`
  query Mailings($first: Int!, $after: String, $filter: MailingsFilter) {
    mailings(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...MailingSummaryFields
        }
      }
    }
  }
`);
