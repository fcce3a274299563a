import { graphql } from '../../../gql';

/** What the list of mailings shows of each: name, state, list, when, and how far sending has gone. */
export const MAILING_SUMMARY_FIELDS_FRAGMENT = graphql(`
  fragment MailingSummaryFields on Mailing {
    id
    name
    status
    listId
    list {
      id
      name
    }
    createdAt
    scheduledAt
    requestedRecipientCount
    progress {
      ...MailingProgressFields
    }
  }
`);
