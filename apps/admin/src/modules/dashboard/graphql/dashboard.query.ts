import { graphql } from '../../../gql';

/** Staff only: active campaigns with their progress, overdue tasks and the latest interactions. */
export const DASHBOARD_QUERY = graphql(`
  query Dashboard {
    dashboard {
      activeCampaigns {
        campaign {
          id
          name
        }
        targetsByStance {
          stance
          count
        }
        tasksDone
        tasksOpen
        lastInteractionAt
      }
      overdueTasks {
        ...DashboardTaskFields
      }
      recentInteractions {
        id
        kind
        subject
        occurredAt
        contacts {
          id
          firstName
          lastName
        }
        institutions {
          id
          name
          nameFr
          acronym
        }
      }
    }
  }
`);
