import { graphql } from '../../../gql';

export const DOCUMENTS_QUERY = graphql(`
  query Documents($first: Int!, $after: String, $filter: DocumentsFilter) {
    documents(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...DocumentSummaryFields
        }
      }
    }
  }
`);
