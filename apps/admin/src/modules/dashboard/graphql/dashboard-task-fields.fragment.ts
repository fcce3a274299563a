import { graphql } from '../../../gql';

export const DASHBOARD_TASK_FIELDS_FRAGMENT = graphql(`
  fragment DashboardTaskFields on Task {
    id
    title
    dueDate
    status
    priority
  }
`);
