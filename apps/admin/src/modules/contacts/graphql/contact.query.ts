import { graphql } from '../../../gql';

export const CONTACT_QUERY = graphql(`
  query Contact($id: ID!) {
    contact(id: $id) {
      ...ContactFields
      ...ContactPrivateFields
    }
  }
`);
