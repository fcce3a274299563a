import { graphql } from '../../../gql';

export const ADD_TARGET_MUTATION = graphql(`
  mutation AddTarget($input: AddTargetInput!) {
    addTarget(input: $input) {
      ...CampaignTargetFields
      stance
    }
  }
`);
