import { graphql } from '../../../gql';

export const AUDIENCE_QUERY = graphql(`
  query Audience($id: ID!) {
    audience(id: $id) {
      ...AudienceFields
    }
  }
`);
