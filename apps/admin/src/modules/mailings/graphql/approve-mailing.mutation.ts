import { graphql } from '../../../gql';

export const APPROVE_MAILING_MUTATION = graphql(`
  mutation ApproveMailing($id: ID!) {
    approveMailing(id: $id) {
      ...MailingFields
    }
  }
`);
