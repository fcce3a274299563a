import { graphql } from '../../../gql';

/** Logs a meeting (call, letter...) with the people met, commitments and follow-up tasks, all in one step. */
export const LOG_INTERACTION_MUTATION = graphql(`
  mutation LogInteraction($input: LogInteractionInput!) {
    logInteraction(input: $input) {
      ...InteractionRecordFields
    }
  }
`);
