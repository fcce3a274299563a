import { graphql } from '../../../gql';

/** Who a subscription is of: a subscription names its contact by id only. */
export const SUBSCRIBER_CONTACT_QUERY = graphql(`
  query SubscriberContact($id: ID!) {
    contact(id: $id) {
      id
      firstName
      lastName
    }
  }
`);
