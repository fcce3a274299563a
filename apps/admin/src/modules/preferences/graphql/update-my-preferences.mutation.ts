import { graphql } from '../../../gql';

export const UPDATE_MY_PREFERENCES_MUTATION = graphql(`
  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {
    updateMyPreferences(input: $input) {
      id
      language
    }
  }
`);
