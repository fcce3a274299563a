import { graphql } from '../../../gql';

/** Deliveries by state: what the progress bar and the final figures show. */
export const MAILING_PROGRESS_FIELDS_FRAGMENT = graphql(`
  fragment MailingProgressFields on MailingProgress {
    total
    queued
    sent
    failed
    bounced
    suppressed
    unsubscribed
    noConsent
    unknown
    cancelled
    opened
    clicked
  }
`);
