import { graphql } from '../../../gql';

/** What lists and links show of a campaign: its name, status, visibility, dates and lead organisation. */
export const CAMPAIGN_SUMMARY_FIELDS_FRAGMENT = graphql(`
  fragment CampaignSummaryFields on Campaign {
    id
    name
    status
    visibility
    startDate
    endDate
    leadOrganisationId
    leadOrganisation {
      id
      name
      acronym
    }
  }
`);
