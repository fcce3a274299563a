import { graphql } from '../../../gql';

/** What tells two likely duplicates apart: name, country, organisations and titles, email addresses. */
export const DUPLICATE_CONTACT_FIELDS_FRAGMENT = graphql(`
  fragment DuplicateContactFields on Contact {
    ...ContactFields
    emails {
      address
      isPrimary
    }
  }
`);
