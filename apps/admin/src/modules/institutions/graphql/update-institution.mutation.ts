import { graphql } from '../../../gql';

export const UPDATE_INSTITUTION_MUTATION = graphql(`
  mutation UpdateInstitution($input: UpdateInstitutionInput!) {
    updateInstitution(input: $input) {
      ...InstitutionFields
    }
  }
`);
