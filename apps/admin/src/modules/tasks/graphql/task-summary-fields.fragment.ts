import { graphql } from '../../../gql';

/**
 * What a task's card or row shows: its title, who it is for, when it is due, how urgent, where it stands and its
 * campaign (null when the task has none or the reader may not see it).
 */
export const TASK_SUMMARY_FIELDS_FRAGMENT = graphql(`
  fragment TaskSummaryFields on Task {
    id
    title
    status
    priority
    dueDate
    campaignId
    campaign {
      id
      name
    }
    assigneeUserId
    assigneeUser {
      id
      name
    }
    assigneeOrganisationId
    assigneeOrganisation {
      id
      name
      acronym
    }
  }
`);
