import { graphql } from '../../../gql';

/** Mailing lists by name, matching what was typed: for the lists page and the list pickers. */
export const MAILING_LISTS_QUERY = graphql(`
  query MailingLists($first: Int!, $after: String, $search: String) {
    mailingLists(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...MailingListFields
        }
      }
    }
  }
`);
