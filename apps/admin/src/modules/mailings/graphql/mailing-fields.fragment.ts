import { graphql } from '../../../gql';

/** A mailing as its page and the composer show it. */
export const MAILING_FIELDS_FRAGMENT = graphql(`
  fragment MailingFields on Mailing {
    ...MailingSummaryFields
    audienceId
    campaignId
    trackingEnabled
    createdById
    sendRequestedById
    sendRequestedBy {
      id
      name
    }
    approvedById
    approvedBy {
      id
      name
    }
    approvedAt
    startedAt
    finishedAt
    updatedAt
    translations {
      language
      subject
      body
    }
  }
`);
