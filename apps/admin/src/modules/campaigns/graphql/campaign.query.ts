import { graphql } from '../../../gql';

/** A campaign's page and form: its objective, asks, status, visibility, dates and lead organisation. */
export const CAMPAIGN_QUERY = graphql(`
  query Campaign($id: ID!) {
    campaign(id: $id) {
      ...CampaignFields
    }
  }
`);
