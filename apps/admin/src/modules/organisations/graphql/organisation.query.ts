import { graphql } from '../../../gql';

/** An organisation's page: profile, membership history (oldest first) and its people. */
export const ORGANISATION_QUERY = graphql(`
  query Organisation($id: ID!) {
    organisation(id: $id) {
      ...OrganisationFields
      membershipHistory {
        ...MembershipChangeFields
      }
      affiliations {
        id
        title
        contact {
          id
          firstName
          lastName
        }
      }
    }
  }
`);
