import { graphql } from '../../../gql';

export const RESEND_INVITATION_MUTATION = graphql(`
  mutation ResendInvitation($userId: ID!) {
    resendInvitation(userId: $userId) {
      id
      email
      status
    }
  }
`);
