import { graphql } from '../../../gql';

/**
 * What an interaction's page adds to what anyone who may see it reads (InteractionFields): the campaign, the colleagues
 * (staff only: members get none), the documents handed over and the follow-up tasks the reader may see.
 */
export const INTERACTION_PAGE_FIELDS_FRAGMENT = graphql(`
  fragment InteractionPageFields on Interaction {
    ...InteractionFields
    campaign {
      id
      name
    }
    participantUsers {
      id
      name
    }
    documents {
      id
      title
    }
    followUpTasks {
      id
      title
      status
      dueDate
    }
  }
`);

/** Staff: the notes, with the name of who promised each commitment. */
export const INTERACTION_PAGE_NOTES_FIELDS_FRAGMENT = graphql(`
  fragment InteractionPageNotesFields on Interaction {
    ...InteractionNotesFields
    commitments {
      id
      contact {
        id
        firstName
        lastName
      }
    }
  }
`);

/** Everything staff read on an interaction's page. */
export const INTERACTION_PAGE_RECORD_FIELDS_FRAGMENT = graphql(`
  fragment InteractionPageRecordFields on Interaction {
    ...InteractionPageFields
    ...InteractionPageNotesFields
  }
`);
