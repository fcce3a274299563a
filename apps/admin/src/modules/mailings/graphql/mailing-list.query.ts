import { graphql } from '../../../gql';

export const MAILING_LIST_QUERY = graphql(`
  query MailingList($id: ID!) {
    mailingList(id: $id) {
      ...MailingListFields
    }
  }
`);
