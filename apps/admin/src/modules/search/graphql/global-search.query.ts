import { graphql } from '../../../gql';

/** Organisations, contacts and institutions matching what was typed, best first (accents and typos aside). */
export const GLOBAL_SEARCH_QUERY = graphql(`
  query GlobalSearch($query: String!, $first: Int!) {
    search(query: $query, first: $first) {
      id
      kind
      label
      detail
      score
    }
  }
`);
