import { graphql } from '../../../gql';

/** The links from and to a contact ("advises", "reports to"...). */
export const CONTACT_RELATIONSHIPS_QUERY = graphql(`
  query ContactRelationships($id: ID!) {
    contact(id: $id) {
      id
      relationships {
        id
        kind
        startDate
        endDate
        note
        fromContactId
        toContactId
        fromContact {
          id
          firstName
          lastName
        }
        toContact {
          id
          firstName
          lastName
        }
      }
    }
  }
`);
