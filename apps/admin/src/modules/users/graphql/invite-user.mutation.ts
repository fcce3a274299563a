import { graphql } from '../../../gql';

/** Answers with a whole users-list row, so the cache holds everything the list shows of the invited person. */
export const INVITE_USER_MUTATION = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      ...UserFields
      lastSignInAt
    }
  }
`);
