import { graphql } from '../../../gql';

export const CREATE_INSTITUTION_MUTATION = graphql(`
  mutation CreateInstitution($input: CreateInstitutionInput!) {
    createInstitution(input: $input) {
      ...InstitutionFields
    }
  }
`);
