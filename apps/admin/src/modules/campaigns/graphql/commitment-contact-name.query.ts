import { graphql } from '../../../gql';

/** The name of the person who made a commitment (a commitment knows only their id). */
export const COMMITMENT_CONTACT_NAME_QUERY = graphql(`
  query CommitmentContactName($id: ID!) {
    contact(id: $id) {
      id
      firstName
      lastName
    }
  }
`);
