import { graphql } from '../../../gql';

export const CREATE_CAMPAIGN_MUTATION = graphql(`
  mutation CreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      ...CampaignFields
    }
  }
`);
