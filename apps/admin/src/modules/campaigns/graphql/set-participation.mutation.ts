import { graphql } from '../../../gql';

/** Coordinators: adds an organisation to a campaign or changes its role. */
export const SET_PARTICIPATION_MUTATION = graphql(`
  mutation SetParticipation($input: SetParticipationInput!) {
    setParticipation(input: $input) {
      ...CampaignParticipationFields
    }
  }
`);
