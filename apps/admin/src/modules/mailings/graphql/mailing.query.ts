import { graphql } from '../../../gql';

export const MAILING_QUERY = graphql(`
  query Mailing($id: ID!) {
    mailing(id: $id) {
      ...MailingFields
    }
  }
`);
