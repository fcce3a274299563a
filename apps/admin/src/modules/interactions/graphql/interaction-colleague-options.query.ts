import { graphql } from '../../../gql';

/** The colleagues (users) the "our side" picker offers for what was typed; the API lists active staff to staff. */
export const INTERACTION_COLLEAGUE_OPTIONS_QUERY = graphql(`
  query InteractionColleagueOptions($first: Int!, $filter: UsersFilter) {
    colleagues(first: $first, filter: $filter) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
