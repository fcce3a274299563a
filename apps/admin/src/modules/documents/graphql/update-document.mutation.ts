import { graphql } from '../../../gql';

export const UPDATE_DOCUMENT_MUTATION = graphql(`
  mutation UpdateDocument($input: UpdateDocumentInput!) {
    updateDocument(input: $input) {
      ...DocumentFields
    }
  }
`);
