import { graphql } from '../../../gql';

/**
 * The signed-in user as every page reads it from `me`. Signing in writes its answer into the `me` query, so
 * both must select exactly these fields.
 */
export const CURRENT_USER_FIELDS_FRAGMENT = graphql(`
  fragment CurrentUserFields on User {
    ...UserFields
    organisationId
  }
`);
