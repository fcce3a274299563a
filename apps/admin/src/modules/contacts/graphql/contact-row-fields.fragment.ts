import { graphql } from '../../../gql';

/** A contact as a row of a list names them. */
export const CONTACT_ROW_FIELDS_FRAGMENT = graphql(`
  fragment ContactRowFields on Contact {
    id
    firstName
    lastName
    country {
      ...CountryFields
    }
  }
`);
