import { graphql } from '../../../gql';

/** Who takes part in a campaign; with includePast, who took part and when they left. */
export const CAMPAIGN_PARTICIPANTS_QUERY = graphql(`
  query CampaignParticipants($id: ID!, $includePast: Boolean!) {
    campaign(id: $id) {
      id
      participations(includePast: $includePast) {
        ...CampaignParticipationFields
        organisation {
          id
          name
          acronym
        }
      }
    }
  }
`);
