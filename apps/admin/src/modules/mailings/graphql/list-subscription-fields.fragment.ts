import { graphql } from '../../../gql';

/** One contact's standing on a list, with the consent behind it. */
export const LIST_SUBSCRIPTION_FIELDS_FRAGMENT = graphql(`
  fragment ListSubscriptionFields on ListSubscription {
    id
    listId
    contactId
    status
    consentSource
    consentAt
    confirmedAt
    unsubscribedAt
  }
`);
