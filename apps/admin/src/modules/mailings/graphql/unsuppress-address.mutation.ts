import { graphql } from '../../../gql';

export const UNSUPPRESS_ADDRESS_MUTATION = graphql(`
  mutation UnsuppressAddress($address: String!) {
    unsuppressAddress(address: $address)
  }
`);
