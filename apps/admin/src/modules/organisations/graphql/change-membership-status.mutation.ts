import { graphql } from '../../../gql';

/** Answers with the new status and the whole history, so the page shows the new step at once. */
export const CHANGE_MEMBERSHIP_STATUS_MUTATION = graphql(`
  mutation ChangeMembershipStatus($input: ChangeMembershipStatusInput!) {
    changeMembershipStatus(input: $input) {
      id
      membershipStatus
      memberSince
      membershipHistory {
        ...MembershipChangeFields
      }
    }
  }
`);
