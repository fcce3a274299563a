import { graphql } from '../../../gql';

/** Asked again every second or two while a mailing sends: only what changes then. */
export const MAILING_PROGRESS_QUERY = graphql(`
  query MailingProgress($id: ID!) {
    mailing(id: $id) {
      id
      status
      startedAt
      finishedAt
      progress {
        ...MailingProgressFields
      }
    }
  }
`);
