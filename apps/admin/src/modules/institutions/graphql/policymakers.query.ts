import { graphql } from '../../../gql';

/** Current positions, by the holder's name: the people to lobby at an institution, a kind of body, a country. */
export const POLICYMAKERS_QUERY = graphql(`
  query Policymakers($first: Int!, $after: String, $filter: PolicymakersFilter) {
    policymakers(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...PositionFields
          contact {
            id
            firstName
            lastName
          }
          institution {
            ...InstitutionSummaryFields
            country {
              ...CountryFields
            }
          }
        }
      }
    }
  }
`);
