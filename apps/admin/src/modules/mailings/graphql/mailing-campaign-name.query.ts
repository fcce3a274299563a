import { graphql } from '../../../gql';

/** A campaign's name, where a mailing or an audience names it by id. */
export const MAILING_CAMPAIGN_NAME_QUERY = graphql(`
  query MailingCampaignName($id: ID!) {
    campaign(id: $id) {
      id
      name
    }
  }
`);
