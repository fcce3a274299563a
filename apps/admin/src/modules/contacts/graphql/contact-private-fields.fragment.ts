import { graphql } from '../../../gql';

/**
 * A contact's private details. The API refuses each of them (FORBIDDEN, the field null) to a member representative
 * outside the contact's organisation, so queries that select them use `errorPolicy: 'all'`.
 */
export const CONTACT_PRIVATE_FIELDS_FRAGMENT = graphql(`
  fragment ContactPrivateFields on Contact {
    emails {
      address
      isPrimary
    }
    phones {
      number
      label
    }
    notes
    emailConsent {
      status
      source
      recordedAt
    }
  }
`);
