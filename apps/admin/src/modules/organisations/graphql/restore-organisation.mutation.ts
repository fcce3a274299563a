import { graphql } from '../../../gql';

export const RESTORE_ORGANISATION_MUTATION = graphql(`
  mutation RestoreOrganisation($id: ID!) {
    restoreOrganisation(id: $id) {
      id
      deletedAt
    }
  }
`);
