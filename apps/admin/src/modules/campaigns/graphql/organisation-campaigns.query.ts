import { graphql } from '../../../gql';

/** An organisation's campaigns, past and present (those the signed-in user may see). */
export const ORGANISATION_CAMPAIGNS_QUERY = graphql(`
  query OrganisationCampaigns($id: ID!) {
    organisation(id: $id) {
      id
      participations {
        ...CampaignParticipationFields
        campaign {
          id
          name
          status
        }
      }
    }
  }
`);
