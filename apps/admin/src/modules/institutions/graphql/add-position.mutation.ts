import { graphql } from '../../../gql';

export const ADD_POSITION_MUTATION = graphql(`
  mutation AddPosition($input: AddPositionInput!) {
    addPosition(input: $input) {
      ...PositionFields
    }
  }
`);
