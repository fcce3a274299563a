import { graphql } from '../../../gql';

/** A country as records show it: the code, and its name in each language of the admin. */
export const COUNTRY_FIELDS_FRAGMENT = graphql(`
  fragment CountryFields on Country {
    code
    nameEn
    nameFr
  }
`);
