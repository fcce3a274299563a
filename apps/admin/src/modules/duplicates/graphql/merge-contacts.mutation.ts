import { graphql } from '../../../gql';

export const MERGE_CONTACTS_MUTATION = graphql(`
  mutation MergeContacts($input: MergeContactsInput!) {
    mergeContacts(input: $input) {
      id
    }
  }
`);
