import { graphql } from '../../../gql';

/** A contact's current and past positions, newest first. */
export const CONTACT_POSITIONS_QUERY = graphql(`
  query ContactPositions($id: ID!) {
    contact(id: $id) {
      id
      positions {
        ...PositionFields
        institution {
          ...InstitutionSummaryFields
        }
      }
    }
  }
`);
