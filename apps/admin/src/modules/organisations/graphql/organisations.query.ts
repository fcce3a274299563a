import { graphql } from '../../../gql';

export const ORGANISATIONS_QUERY = graphql(`
  query Organisations($first: Int!, $after: String, $filter: OrganisationsFilter, $sort: OrganisationsSort) {
    organisations(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...OrganisationRowFields
        }
      }
    }
  }
`);
