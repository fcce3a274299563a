import { graphql } from '../../../gql';

export const DELETE_INSTITUTION_MUTATION = graphql(`
  mutation DeleteInstitution($id: ID!) {
    deleteInstitution(id: $id) {
      id
    }
  }
`);
