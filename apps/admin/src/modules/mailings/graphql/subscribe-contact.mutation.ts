import { graphql } from '../../../gql';

export const SUBSCRIBE_CONTACT_MUTATION = graphql(`
  mutation SubscribeContact($input: SubscribeContactInput!) {
    subscribeContact(input: $input) {
      ...ListSubscriptionFields
    }
  }
`);
