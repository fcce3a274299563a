import { graphql } from '../../../gql';

export const CREATE_MAILING_MUTATION = graphql(`
  mutation CreateMailing($input: CreateMailingInput!) {
    createMailing(input: $input) {
      ...MailingFields
    }
  }
`);
