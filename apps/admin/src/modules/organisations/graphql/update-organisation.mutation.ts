import { graphql } from '../../../gql';

export const UPDATE_ORGANISATION_MUTATION = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      ...OrganisationFields
    }
  }
`);
