import { graphql } from '../../../gql';

/** The name of an organisation known by id (e.g. a filter read from the address). */
export const ORGANISATION_NAME_QUERY = graphql(`
  query OrganisationName($id: ID!) {
    organisation(id: $id) {
      id
      name
      acronym
    }
  }
`);
