import { graphql } from '../../../gql';

export const UPDATE_CAMPAIGN_MUTATION = graphql(`
  mutation UpdateCampaign($input: UpdateCampaignInput!) {
    updateCampaign(input: $input) {
      ...CampaignFields
    }
  }
`);
