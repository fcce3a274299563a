import { graphql } from '../../../gql';

/** Staff: one interaction by id, with its notes (null when it does not exist or is not theirs to see). */
export const INTERACTION_QUERY = graphql(`
  query Interaction($id: ID!) {
    interaction(id: $id) {
      ...InteractionPageRecordFields
    }
  }
`);

/** Member representatives: one coalition-level interaction by id, without the notes. */
export const COALITION_INTERACTION_QUERY = graphql(`
  query CoalitionInteraction($id: ID!) {
    interaction(id: $id) {
      ...InteractionPageFields
    }
  }
`);
