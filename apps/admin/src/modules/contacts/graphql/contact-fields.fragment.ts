import { graphql } from '../../../gql';

/** What anyone signed in may see of a contact: name, language, country, tags, affiliations. */
export const CONTACT_FIELDS_FRAGMENT = graphql(`
  fragment ContactFields on Contact {
    id
    firstName
    lastName
    preferredLanguage
    countryCode
    country {
      ...CountryFields
    }
    tags
    deletedAt
    affiliations {
      id
      title
      organisationId
      organisation {
        id
        name
        acronym
      }
    }
  }
`);
