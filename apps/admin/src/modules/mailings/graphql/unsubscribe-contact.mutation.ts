import { graphql } from '../../../gql';

export const UNSUBSCRIBE_CONTACT_MUTATION = graphql(`
  mutation UnsubscribeContact($input: UnsubscribeContactInput!) {
    unsubscribeContact(input: $input) {
      ...ListSubscriptionFields
    }
  }
`);
