import { graphql } from '../../../gql';

export const ADD_TASK_COMMENT_MUTATION = graphql(`
  mutation AddTaskComment($input: AddTaskCommentInput!) {
    addTaskComment(input: $input) {
      ...TaskCommentFields
    }
  }
`);
