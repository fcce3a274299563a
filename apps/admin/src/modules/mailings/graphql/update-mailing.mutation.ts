import { graphql } from '../../../gql';

export const UPDATE_MAILING_MUTATION = graphql(`
  mutation UpdateMailing($input: UpdateMailingInput!) {
    updateMailing(input: $input) {
      ...MailingFields
    }
  }
`);
