import { graphql } from '../../../gql';

/** The name of the person a new interaction is logged for (known by id from the address). */
export const INTERACTION_CONTACT_NAME_QUERY = graphql(`
  query InteractionContactName($id: ID!) {
    contact(id: $id) {
      id
      firstName
      lastName
    }
  }
`);
