import { graphql } from '../../../gql';

/** The name of the campaign a task belongs to, for its board's heading and links; null when not visible. */
export const TASK_CAMPAIGN_NAME_QUERY = graphql(`
  query TaskCampaignName($id: ID!) {
    campaign(id: $id) {
      id
      name
    }
  }
`);
