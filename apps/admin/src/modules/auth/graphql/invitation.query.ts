import { graphql } from '../../../gql';

/** What an invitation link is for, before the person accepts it. */
export const INVITATION_QUERY = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      email
      name
      role
      expiresAt
    }
  }
`);
