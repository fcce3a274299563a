import { graphql } from '../../../gql';

/** An organisation as a row of a list shows it. */
export const ORGANISATION_ROW_FIELDS_FRAGMENT = graphql(`
  fragment OrganisationRowFields on Organisation {
    id
    name
    acronym
    type
    country {
      ...CountryFields
    }
    membershipStatus
    memberSince
  }
`);
