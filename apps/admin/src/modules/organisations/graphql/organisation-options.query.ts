import { graphql } from '../../../gql';

/** The organisations an organisation picker offers for what was typed. */
export const ORGANISATION_OPTIONS_QUERY = graphql(`
  query OrganisationOptions($first: Int!, $filter: OrganisationsFilter) {
    organisations(first: $first, filter: $filter) {
      edges {
        node {
          id
          name
          acronym
        }
      }
    }
  }
`);
