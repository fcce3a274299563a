import { graphql } from '../../../gql';

export const DELETE_ORGANISATION_MUTATION = graphql(`
  mutation DeleteOrganisation($id: ID!) {
    deleteOrganisation(id: $id) {
      id
      deletedAt
    }
  }
`);
