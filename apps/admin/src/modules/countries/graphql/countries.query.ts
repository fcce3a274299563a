import { graphql } from '../../../gql';

/** Every country (about 250, a fixed reference list): the choices of country pickers. */
export const COUNTRIES_QUERY = graphql(`
  query Countries {
    countries {
      ...CountryFields
    }
  }
`);
