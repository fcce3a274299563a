import { graphql } from '../../../gql';

export const CREATE_MAILING_LIST_MUTATION = graphql(`
  mutation CreateMailingList($input: CreateMailingListInput!) {
    createMailingList(input: $input) {
      ...MailingListFields
    }
  }
`);
