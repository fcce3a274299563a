import { graphql } from '../../../gql';

/** Everything a task's page shows: its summary, description, dates and comments thread. */
export const TASK_DETAIL_FIELDS_FRAGMENT = graphql(`
  fragment TaskDetailFields on Task {
    ...TaskSummaryFields
    description
    createdAt
    completedAt
    comments {
      ...TaskCommentFields
    }
  }
`);
