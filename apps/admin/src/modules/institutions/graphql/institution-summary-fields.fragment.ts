import { graphql } from '../../../gql';

/** What names an institution wherever it is linked (lists, pickers, seats, positions): both names and the acronym. */
export const INSTITUTION_SUMMARY_FIELDS_FRAGMENT = graphql(`
  fragment InstitutionSummaryFields on Institution {
    id
    name
    nameFr
    acronym
    kind
  }
`);
