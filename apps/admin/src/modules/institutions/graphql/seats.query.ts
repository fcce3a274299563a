import { graphql } from '../../../gql';

/** Who sits on a body, and who presides, on a given day. */
export const SEATS_QUERY = graphql(`
  query Seats($bodyId: ID!, $on: String) {
    seats(bodyId: $bodyId, on: $on) {
      id
      role
      startDate
      endDate
      source
      member {
        ...InstitutionSummaryFields
      }
    }
  }
`);
