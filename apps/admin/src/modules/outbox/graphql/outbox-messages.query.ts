import { graphql } from '../../../gql';

export const OUTBOX_MESSAGES_QUERY = graphql(`
  query OutboxMessages($first: Int!, $after: String) {
    outboxMessages(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          keptAt
          from
          to
          subject
          sizeBytes
        }
      }
    }
  }
`);
