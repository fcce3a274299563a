import { graphql } from '../../../gql';

/** Who is signed in; `me` is null without a session. */
export const ME_QUERY = graphql(`
  query Me {
    me {
      ...CurrentUserFields
    }
  }
`);
