import { graphql } from '../../../gql';

/** Coordinators: deleted organisations, newest first, while they can still be restored. */
export const DELETED_ORGANISATIONS_QUERY = graphql(`
  query DeletedOrganisations($first: Int!, $after: String, $filter: OrganisationsFilter) {
    deletedOrganisations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...OrganisationRowFields
          deletedAt
        }
      }
    }
  }
`);
