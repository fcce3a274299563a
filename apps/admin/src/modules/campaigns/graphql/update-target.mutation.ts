import { graphql } from '../../../gql';

/** Changes a target's priority, ask or stance; the API dates stance changes. */
export const UPDATE_TARGET_MUTATION = graphql(`
  mutation UpdateTarget($input: UpdateTargetInput!) {
    updateTarget(input: $input) {
      ...CampaignTargetFields
      stance
    }
  }
`);
