import { graphql } from '../../../gql';

/** One task with its comments; null when it does not exist or the caller may not see it. */
export const TASK_QUERY = graphql(`
  query Task($id: ID!) {
    task(id: $id) {
      ...TaskDetailFields
    }
  }
`);
