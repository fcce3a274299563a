import { graphql } from '../../../gql';

export const PAUSE_MAILING_MUTATION = graphql(`
  mutation PauseMailing($id: ID!) {
    pauseMailing(id: $id) {
      ...MailingFields
    }
  }
`);
