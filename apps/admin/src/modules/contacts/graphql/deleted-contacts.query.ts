import { graphql } from '../../../gql';

/** Coordinators: deleted contacts, newest first, while they can still be restored. */
export const DELETED_CONTACTS_QUERY = graphql(`
  query DeletedContacts($first: Int!, $after: String, $filter: ContactsFilter) {
    deletedContacts(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ContactRowFields
          deletedAt
        }
      }
    }
  }
`);
