import { graphql } from '../../../gql';

export const CANCEL_MAILING_MUTATION = graphql(`
  mutation CancelMailing($id: ID!) {
    cancelMailing(id: $id) {
      ...MailingFields
    }
  }
`);
