import { graphql } from '../../../gql';

export const DELETE_DOCUMENT_MUTATION = graphql(`
  mutation DeleteDocument($id: ID!) {
    deleteDocument(id: $id) {
      id
    }
  }
`);
