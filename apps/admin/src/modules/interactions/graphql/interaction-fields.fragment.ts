import { graphql } from '../../../gql';

/**
 * What anyone who may see an interaction reads of it (members included, for coalition-level ones): what, when, with
 * whom, and who of ours took part. The notes are apart (InteractionNotesFields).
 */
export const INTERACTION_FIELDS_FRAGMENT = graphql(`
  fragment InteractionFields on Interaction {
    id
    kind
    occurredAt
    subject
    confidentiality
    campaignId
    contacts {
      id
      firstName
      lastName
    }
    institutions {
      ...InstitutionSummaryFields
    }
    participantOrganisations {
      id
      name
      acronym
    }
  }
`);
