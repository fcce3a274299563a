import { graphql } from '../../../gql';

/** A campaign's own facts, as its page shows them and its form edits them. */
export const CAMPAIGN_FIELDS_FRAGMENT = graphql(`
  fragment CampaignFields on Campaign {
    ...CampaignSummaryFields
    objective
    asks
  }
`);
