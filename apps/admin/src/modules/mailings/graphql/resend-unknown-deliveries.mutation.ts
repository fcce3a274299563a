import { graphql } from '../../../gql';

/** Queues again exactly the deliveries whose fate is unknown (in flight when a worker died). */
export const RESEND_UNKNOWN_DELIVERIES_MUTATION = graphql(`
  mutation ResendUnknownDeliveries($id: ID!) {
    resendUnknownDeliveries(id: $id) {
      ...MailingFields
    }
  }
`);
