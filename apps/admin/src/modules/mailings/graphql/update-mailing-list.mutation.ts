import { graphql } from '../../../gql';

export const UPDATE_MAILING_LIST_MUTATION = graphql(`
  mutation UpdateMailingList($input: UpdateMailingListInput!) {
    updateMailingList(input: $input) {
      ...MailingListFields
    }
  }
`);
