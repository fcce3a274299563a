import { graphql } from '../../../gql';

/** The member organisation's next open tasks, soonest due first. */
export const MEMBER_OPEN_TASKS_QUERY = graphql(`
  query MemberOpenTasks {
    myTasks(first: 5, filter: { statuses: [TODO, IN_PROGRESS, BLOCKED] }) {
      totalCount
      edges {
        node {
          ...DashboardTaskFields
        }
      }
    }
  }
`);
