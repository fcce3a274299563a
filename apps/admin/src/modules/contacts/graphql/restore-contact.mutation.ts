import { graphql } from '../../../gql';

export const RESTORE_CONTACT_MUTATION = graphql(`
  mutation RestoreContact($id: ID!) {
    restoreContact(id: $id) {
      id
      deletedAt
    }
  }
`);
