import { graphql } from '../../../gql';

/** The notes of an interaction, for staff only: the API refuses them to member representatives. */
export const INTERACTION_NOTES_FIELDS_FRAGMENT = graphql(`
  fragment InteractionNotesFields on Interaction {
    summary
    outcome
    commitments {
      id
      contactId
      description
      dueDate
      status
      isOverdue
    }
  }
`);
