import { graphql } from '../../../gql';

export const DOCUMENT_QUERY = graphql(`
  query Document($id: ID!) {
    document(id: $id) {
      ...DocumentFields
    }
  }
`);
