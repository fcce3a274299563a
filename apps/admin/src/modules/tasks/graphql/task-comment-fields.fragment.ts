import { graphql } from '../../../gql';

/** One comment of a task's thread, with its author's name (no author: one the API no longer shows). */
export const TASK_COMMENT_FIELDS_FRAGMENT = graphql(`
  fragment TaskCommentFields on TaskComment {
    id
    authorId
    author {
      id
      name
    }
    body
    createdAt
  }
`);
