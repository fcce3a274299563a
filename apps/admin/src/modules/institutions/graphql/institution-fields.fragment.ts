import { graphql } from '../../../gql';

/** An institution's own facts, as its page and its form show them. */
export const INSTITUTION_FIELDS_FRAGMENT = graphql(`
  fragment InstitutionFields on Institution {
    ...InstitutionSummaryFields
    countryCode
    country {
      ...CountryFields
    }
    website
    parentId
    parent {
      ...InstitutionSummaryFields
    }
  }
`);
