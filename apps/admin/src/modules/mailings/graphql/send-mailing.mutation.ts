import { graphql } from '../../../gql';

export const SEND_MAILING_MUTATION = graphql(`
  mutation SendMailing($input: SendMailingInput!) {
    sendMailing(input: $input) {
      ...MailingFields
    }
  }
`);
