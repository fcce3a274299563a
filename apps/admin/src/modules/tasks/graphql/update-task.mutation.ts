import { graphql } from '../../../gql';

/** Staff: changes a task's title, description, assignee, due date or priority. */
export const UPDATE_TASK_MUTATION = graphql(`
  mutation UpdateTask($input: UpdateTaskInput!) {
    updateTask(input: $input) {
      ...TaskDetailFields
    }
  }
`);
