import { graphql } from '../../../gql';

/** A page of the caller's tasks, soonest due first (undated last): the calendar reads on until past its month. */
export const CALENDAR_TASKS_QUERY = graphql(`
  query CalendarTasks($first: Int!, $after: String, $filter: TasksFilter) {
    myTasks(first: $first, after: $after, filter: $filter) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          dueDate
          status
          campaignId
        }
      }
    }
  }
`);
