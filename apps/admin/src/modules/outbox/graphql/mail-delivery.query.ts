import { graphql } from '../../../gql';

export const MAIL_DELIVERY_QUERY = graphql(`
  query MailDelivery {
    mailDelivery {
      outbox
    }
  }
`);
