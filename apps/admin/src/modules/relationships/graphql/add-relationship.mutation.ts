import { graphql } from '../../../gql';

export const ADD_RELATIONSHIP_MUTATION = graphql(`
  mutation AddRelationship($input: AddRelationshipInput!) {
    addRelationship(input: $input) {
      id
    }
  }
`);
