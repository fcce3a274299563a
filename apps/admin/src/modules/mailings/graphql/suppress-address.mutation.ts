import { graphql } from '../../../gql';

export const SUPPRESS_ADDRESS_MUTATION = graphql(`
  mutation SuppressAddress($input: SuppressAddressInput!) {
    suppressAddress(input: $input) {
      address
      reason
      detail
      createdAt
    }
  }
`);
