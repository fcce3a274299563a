import { graphql } from '../../../gql';

/** A page of the caller's tasks (a member representative: their organisation's), soonest due first. */
export const MY_TASKS_QUERY = graphql(`
  query MyTasks($first: Int!, $after: String, $filter: TasksFilter) {
    myTasks(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...TaskSummaryFields
        }
      }
    }
  }
`);
