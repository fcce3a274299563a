import { graphql } from '../../../gql';

/** The names of an institution known by id (e.g. a filter read from the address). */
export const INSTITUTION_NAME_QUERY = graphql(`
  query InstitutionName($id: ID!) {
    institution(id: $id) {
      ...InstitutionSummaryFields
    }
  }
`);
