import { graphql } from '../../../gql';

/** A campaign's targets; their stance only when asked for (staff), since the API refuses it to member representatives. */
export const CAMPAIGN_TARGETS_QUERY = graphql(`
  query CampaignTargets($id: ID!, $withStance: Boolean!) {
    campaign(id: $id) {
      id
      targets {
        ...CampaignTargetFields
        stance @include(if: $withStance)
      }
    }
  }
`);
