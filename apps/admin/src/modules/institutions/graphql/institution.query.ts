import { graphql } from '../../../gql';

/** An institution's page: its facts, where it sits in the hierarchy, and the people who hold or held a post there. */
export const INSTITUTION_QUERY = graphql(`
  query Institution($id: ID!) {
    institution(id: $id) {
      ...InstitutionFields
      children {
        ...InstitutionSummaryFields
      }
      positions {
        ...PositionFields
        contact {
          id
          firstName
          lastName
        }
      }
    }
  }
`);
