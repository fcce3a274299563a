import { graphql } from '../../../gql';

export const MAILING_LIST_FIELDS_FRAGMENT = graphql(`
  fragment MailingListFields on MailingList {
    id
    name
    description
    doubleOptIn
    isPublic
    createdAt
  }
`);
