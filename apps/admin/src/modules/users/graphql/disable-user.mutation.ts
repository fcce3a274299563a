import { graphql } from '../../../gql';

export const DISABLE_USER_MUTATION = graphql(`
  mutation DisableUser($userId: ID!) {
    disableUser(userId: $userId) {
      id
      status
    }
  }
`);
