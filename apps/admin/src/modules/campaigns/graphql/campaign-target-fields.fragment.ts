import { graphql } from '../../../gql';

/** A policymaker or institution a campaign wants to move, as everyone may see it (the stance is staff only). */
export const CAMPAIGN_TARGET_FIELDS_FRAGMENT = graphql(`
  fragment CampaignTargetFields on Target {
    id
    campaignId
    contactId
    institutionId
    priority
    ask
    lastReachedAt
    contact {
      id
      firstName
      lastName
    }
    institution {
      ...InstitutionSummaryFields
    }
  }
`);
