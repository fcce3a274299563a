import { graphql } from '../../../gql';

/** A file of a document, as its list shows it. */
export const ATTACHMENT_FIELDS_FRAGMENT = graphql(`
  fragment AttachmentFields on Attachment {
    id
    fileName
    contentType
    sizeBytes
    downloadUrl
    createdAt
  }
`);
