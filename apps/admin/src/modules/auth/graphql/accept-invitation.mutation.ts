import { graphql } from '../../../gql';

export const ACCEPT_INVITATION_MUTATION = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      ...CurrentUserFields
    }
  }
`);
