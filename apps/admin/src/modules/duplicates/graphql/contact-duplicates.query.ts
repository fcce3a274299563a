import { graphql } from '../../../gql';

/** Pairs of contacts that are probably the same person, most likely first. */
export const CONTACT_DUPLICATES_QUERY = graphql(`
  query ContactDuplicates($first: Int!) {
    contactDuplicates(first: $first) {
      reason
      score
      first {
        ...DuplicateContactFields
      }
      second {
        ...DuplicateContactFields
      }
    }
  }
`);
