import { graphql } from '../../../gql';

export const CREATE_AUDIENCE_MUTATION = graphql(`
  mutation CreateAudience($input: CreateAudienceInput!) {
    createAudience(input: $input) {
      ...AudienceFields
    }
  }
`);
