import { graphql } from '../../../gql';

export const END_POSITION_MUTATION = graphql(`
  mutation EndPosition($input: EndPositionInput!) {
    endPosition(input: $input) {
      ...PositionFields
    }
  }
`);
