import { graphql } from '../../../gql';

/** The institutions an institution picker offers for what was typed. */
export const INSTITUTION_OPTIONS_QUERY = graphql(`
  query InstitutionOptions($first: Int!, $filter: InstitutionsFilter) {
    institutions(first: $first, filter: $filter) {
      edges {
        node {
          ...InstitutionSummaryFields
        }
      }
    }
  }
`);
