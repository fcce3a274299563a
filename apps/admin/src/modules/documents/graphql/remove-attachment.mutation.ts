import { graphql } from '../../../gql';

export const REMOVE_ATTACHMENT_MUTATION = graphql(`
  mutation RemoveAttachment($id: ID!) {
    removeAttachment(id: $id) {
      id
      attachments {
        ...AttachmentFields
      }
    }
  }
`);
