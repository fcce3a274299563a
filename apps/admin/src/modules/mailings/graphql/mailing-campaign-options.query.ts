import { graphql } from '../../../gql';

/** The campaigns a campaign picker of the mailings offers for what was typed. */
export const MAILING_CAMPAIGN_OPTIONS_QUERY = graphql(`
  query MailingCampaignOptions($first: Int!, $filter: CampaignsFilter) {
    campaigns(first: $first, filter: $filter) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
