import { graphql } from '../../../gql';

export const DELETE_CONTACT_MUTATION = graphql(`
  mutation DeleteContact($id: ID!) {
    deleteContact(id: $id) {
      id
      deletedAt
    }
  }
`);
