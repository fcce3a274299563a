import { graphql } from '../../../gql';

/** An institution's names, where an audience names it by id. */
export const AUDIENCE_INSTITUTION_NAME_QUERY = graphql(`
  query AudienceInstitutionName($id: ID!) {
    institution(id: $id) {
      ...InstitutionSummaryFields
    }
  }
`);
