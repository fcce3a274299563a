import { graphql } from '../../../gql';

/** What lists and pickers show of a document. */
export const DOCUMENT_SUMMARY_FIELDS_FRAGMENT = graphql(`
  fragment DocumentSummaryFields on Document {
    id
    title
    kind
    status
    updatedAt
    campaigns {
      id
      name
    }
  }
`);
