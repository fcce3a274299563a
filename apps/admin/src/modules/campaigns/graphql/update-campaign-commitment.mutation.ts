import { graphql } from '../../../gql';

/** Follows up a commitment of a campaign: made, in progress, kept or broken. */
export const UPDATE_CAMPAIGN_COMMITMENT_MUTATION = graphql(`
  mutation UpdateCampaignCommitment($input: UpdateCommitmentInput!) {
    updateCommitment(input: $input) {
      ...CampaignCommitmentFields
    }
  }
`);
