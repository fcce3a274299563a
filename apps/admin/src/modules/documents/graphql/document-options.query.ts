import { graphql } from '../../../gql';

/** The documents a document picker offers for what was typed. */
export const DOCUMENT_OPTIONS_QUERY = graphql(`
  query DocumentOptions($first: Int!, $filter: DocumentsFilter) {
    documents(first: $first, filter: $filter) {
      edges {
        node {
          id
          title
          kind
        }
      }
    }
  }
`);
