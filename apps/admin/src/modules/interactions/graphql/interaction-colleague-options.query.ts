import { graphql } from '../../../gql';

/** The colleagues (users) the "our side" picker offers for what was typed; the API lists users to coordinators only. */
export const INTERACTION_COLLEAGUE_OPTIONS_QUERY = graphql(`
  query InteractionColleagueOptions($first: Int!, $filter: UsersFilter) {
    users(first: $first, filter: $filter) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
