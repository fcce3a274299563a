import { graphql } from '../../../gql';

/** A page of one campaign's tasks, for its board (soonest due first). */
export const CAMPAIGN_TASKS_QUERY = graphql(`
  query CampaignTasks($first: Int!, $after: String, $filter: TasksFilter) {
    tasks(first: $first, after: $after, filter: $filter) {
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
