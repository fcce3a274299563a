import { graphql } from '../../../gql';

/** The campaign whose task board is shown, for the board's heading and back link; null when not visible. */
export const TASK_CAMPAIGN_NAME_QUERY = graphql(`
  query TaskCampaignName($id: ID!) {
    campaign(id: $id) {
      id
      name
    }
  }
`);
