import { graphql } from '../../../gql';

/** The whole profile of an organisation: what its page shows and its form edits. */
export const ORGANISATION_FIELDS_FRAGMENT = graphql(`
  fragment OrganisationFields on Organisation {
    ...OrganisationRowFields
    countryCode
    city
    website
    description
    focusAreas
    languages
    tags
    deletedAt
  }
`);
