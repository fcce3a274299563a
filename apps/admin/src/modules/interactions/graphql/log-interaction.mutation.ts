import { graphql } from '../../../gql';

/**
 * Logs a meeting (call, letter...) with the people met, commitments, documents and follow-up tasks, all in one step.
 * It answers with everything the interaction's page shows, so the page opens from the cache.
 */
export const LOG_INTERACTION_MUTATION = graphql(`
  mutation LogInteraction($input: LogInteractionInput!) {
    logInteraction(input: $input) {
      ...InteractionRecordFields
      ...InteractionPageRecordFields
    }
  }
`);
