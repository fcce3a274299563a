import { graphql } from '../../../gql';

export const RESTORE_INSTITUTION_MUTATION = graphql(`
  mutation RestoreInstitution($id: ID!) {
    restoreInstitution(id: $id) {
      id
    }
  }
`);
