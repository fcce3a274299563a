import { graphql } from '../../../gql';

/** The people a contact picker offers for what was typed. */
export const CONTACT_PICKER_OPTIONS_QUERY = graphql(`
  query ContactPickerOptions($first: Int!, $filter: ContactsFilter) {
    contacts(first: $first, filter: $filter) {
      edges {
        node {
          id
          firstName
          lastName
        }
      }
    }
  }
`);
