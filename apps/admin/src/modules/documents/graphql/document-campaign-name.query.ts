import { graphql } from '../../../gql';

/** The name of the campaign a documents filter names by id (the address keeps only the id). */
export const DOCUMENT_CAMPAIGN_NAME_QUERY = graphql(`
  query DocumentCampaignName($id: ID!) {
    campaign(id: $id) {
      id
      name
    }
  }
`);
