import { graphql } from '../../../gql';

export const OUTBOX_MESSAGE_QUERY = graphql(`
  query OutboxMessage($id: ID!) {
    outboxMessage(id: $id) {
      id
      keptAt
      from
      to
      subject
      sizeBytes
      html
      text
      source
    }
  }
`);
