import { graphql } from '../../../gql';

/**
 * The person behind a User, as every screen names them. Operations spread it (the generated document carries the
 * fragment, so no import is needed) and add what only they need.
 */
export const USER_FIELDS_FRAGMENT = graphql(`
  fragment UserFields on User {
    id
    email
    name
    role
    status
    language
  }
`);
