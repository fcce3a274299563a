import { graphql } from '../../../gql';

/** A document as its page and form show it. */
export const DOCUMENT_FIELDS_FRAGMENT = graphql(`
  fragment DocumentFields on Document {
    ...DocumentSummaryFields
    body
    createdAt
    createdBy {
      id
      name
    }
    attachments {
      ...AttachmentFields
    }
  }
`);
