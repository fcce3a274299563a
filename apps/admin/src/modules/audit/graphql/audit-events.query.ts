import { graphql } from '../../../gql';

export const AUDIT_EVENTS_QUERY = graphql(`
  query AuditEvents($first: Int!, $after: String, $filter: AuditEventsFilter) {
    auditEvents(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          occurredAt
          action
          entityType
          entityId
          actor {
            id
            name
            email
          }
          changes {
            field
            from
            to
          }
        }
      }
    }
  }
`);
