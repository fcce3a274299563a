import { graphql } from '../../../gql';

export const INVITE_USER_MUTATION = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
      email
      name
      role
      status
      language
      lastSignInAt
    }
  }
`);
