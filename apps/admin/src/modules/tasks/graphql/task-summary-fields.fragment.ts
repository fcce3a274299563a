import { graphql } from '../../../gql';

/** What a task's card or row shows: its title, who it is for, when it is due, how urgent and where it stands. */
export const TASK_SUMMARY_FIELDS_FRAGMENT = graphql(`
  fragment TaskSummaryFields on Task {
    id
    title
    status
    priority
    dueDate
    campaignId
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
