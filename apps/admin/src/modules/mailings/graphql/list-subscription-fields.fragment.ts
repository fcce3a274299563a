import { graphql } from '../../../gql';

/** One contact's standing on a list, with the consent behind it, and who the contact is (null once deleted). */
export const LIST_SUBSCRIPTION_FIELDS_FRAGMENT = graphql(`
  fragment ListSubscriptionFields on ListSubscription {
    id
    listId
    contactId
    contact {
      id
      firstName
      lastName
    }
    status
    consentSource
    consentAt
    confirmedAt
    unsubscribedAt
  }
`);
