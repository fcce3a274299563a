import { graphql } from '../../../gql';

/**
 * Moves a task to another status (a member representative may do only this). Answers only what a move changes, so
 * the move can be shown before the API answers.
 */
export const CHANGE_TASK_STATUS_MUTATION = graphql(`
  mutation ChangeTaskStatus($input: UpdateTaskInput!) {
    updateTask(input: $input) {
      id
      status
      completedAt
    }
  }
`);
