import { graphql } from '../../../gql';

/** The users a task can be assigned to, for what was typed (the API lists users to staff). */
export const TASK_ASSIGNEE_USER_OPTIONS_QUERY = graphql(`
  query TaskAssigneeUserOptions($first: Int!, $filter: UsersFilter) {
    colleagues(first: $first, filter: $filter) {
      edges {
        node {
          id
          name
          email
        }
      }
    }
  }
`);
