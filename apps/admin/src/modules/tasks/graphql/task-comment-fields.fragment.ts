import { graphql } from '../../../gql';

/** One comment of a task's thread. */
export const TASK_COMMENT_FIELDS_FRAGMENT = graphql(`
  fragment TaskCommentFields on TaskComment {
    id
    authorId
    body
    createdAt
  }
`);
