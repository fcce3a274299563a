import { graphql } from '../../../gql';

/** One dated step of an organisation's membership history. */
export const MEMBERSHIP_CHANGE_FIELDS_FRAGMENT = graphql(`
  fragment MembershipChangeFields on MembershipChange {
    id
    changedAt
    fromStatus
    toStatus
    note
  }
`);
