import { graphql } from '../../../gql';

export const CONTACTS_QUERY = graphql(`
  query Contacts($first: Int!, $after: String, $filter: ContactsFilter) {
    contacts(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ContactRowFields
          affiliations {
            id
            organisation {
              id
              name
              acronym
            }
          }
        }
      }
    }
  }
`);
