import { graphql } from '../../../gql';

export const ENABLE_USER_MUTATION = graphql(`
  mutation EnableUser($userId: ID!) {
    enableUser(userId: $userId) {
      id
      status
    }
  }
`);
