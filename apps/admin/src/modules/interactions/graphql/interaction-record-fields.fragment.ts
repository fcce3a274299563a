import { graphql } from '../../../gql';

/** Everything staff read of an interaction: what anyone may see, and the notes. */
export const INTERACTION_RECORD_FIELDS_FRAGMENT = graphql(`
  fragment InteractionRecordFields on Interaction {
    ...InteractionFields
    ...InteractionNotesFields
  }
`);
