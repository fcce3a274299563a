import { graphql } from '../../../gql';

export const CHANGE_USER_ROLE_MUTATION = graphql(`
  mutation ChangeUserRole($input: ChangeUserRoleInput!) {
    changeUserRole(input: $input) {
      id
      role
    }
  }
`);
