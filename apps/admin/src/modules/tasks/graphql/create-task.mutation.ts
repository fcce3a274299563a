import { graphql } from '../../../gql';

export const CREATE_TASK_MUTATION = graphql(`
  mutation CreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      ...TaskSummaryFields
    }
  }
`);
