import { graphql } from '../../../gql';

export const CREATE_CONTACT_MUTATION = graphql(`
  mutation CreateContact($input: CreateContactInput!) {
    createContact(input: $input) {
      ...ContactFields
      ...ContactPrivateFields
    }
  }
`);
