import { graphql } from '../../../gql';

export const UPDATE_AUDIENCE_MUTATION = graphql(`
  mutation UpdateAudience($input: UpdateAudienceInput!) {
    updateAudience(input: $input) {
      ...AudienceFields
    }
  }
`);
