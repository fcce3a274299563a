import { graphql } from '../../../gql';

/** What a policymaker promised during a meeting of the campaign, followed up until kept or broken. */
export const CAMPAIGN_COMMITMENT_FIELDS_FRAGMENT = graphql(`
  fragment CampaignCommitmentFields on Commitment {
    id
    campaignId
    contactId
    contact {
      id
      firstName
      lastName
    }
    interactionId
    description
    dueDate
    status
    isOverdue
  }
`);
