import { graphql } from '../../../gql';

export const INSTITUTIONS_QUERY = graphql(`
  query Institutions($first: Int!, $after: String, $filter: InstitutionsFilter) {
    institutions(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...InstitutionSummaryFields
          country {
            ...CountryFields
          }
        }
      }
    }
  }
`);
