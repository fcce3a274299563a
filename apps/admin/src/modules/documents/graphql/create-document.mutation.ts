import { graphql } from '../../../gql';

export const CREATE_DOCUMENT_MUTATION = graphql(`
  mutation CreateDocument($input: CreateDocumentInput!) {
    createDocument(input: $input) {
      ...DocumentFields
    }
  }
`);
