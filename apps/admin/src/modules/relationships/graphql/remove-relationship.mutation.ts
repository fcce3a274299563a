import { graphql } from '../../../gql';

export const REMOVE_RELATIONSHIP_MUTATION = graphql(`
  mutation RemoveRelationship($id: ID!) {
    removeRelationship(id: $id)
  }
`);
