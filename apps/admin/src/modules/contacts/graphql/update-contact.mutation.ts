import { graphql } from '../../../gql';

export const UPDATE_CONTACT_MUTATION = graphql(`
  mutation UpdateContact($input: UpdateContactInput!) {
    updateContact(input: $input) {
      ...ContactFields
      ...ContactPrivateFields
    }
  }
`);
