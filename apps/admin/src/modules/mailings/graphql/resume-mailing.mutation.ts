import { graphql } from '../../../gql';

export const RESUME_MAILING_MUTATION = graphql(`
  mutation ResumeMailing($id: ID!) {
    resumeMailing(id: $id) {
      ...MailingFields
    }
  }
`);
