import { graphql } from '../../../gql';

/** One page of a mailing's recipients and what happened to each, by address. */
export const MAILING_DELIVERIES_QUERY = graphql(`
  query MailingDeliveries($id: ID!, $first: Int!, $after: String, $statuses: [DeliveryStatus!], $search: String) {
    mailing(id: $id) {
      id
      deliveries(first: $first, after: $after, statuses: $statuses, search: $search) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            email
            language
            status
            attempts
            lastError
            sentAt
            updatedAt
          }
        }
      }
    }
  }
`);
