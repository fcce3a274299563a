import { graphql } from '../../../gql';

/** A title held at an institution, with its dates. */
export const POSITION_FIELDS_FRAGMENT = graphql(`
  fragment PositionFields on Position {
    id
    title
    startDate
    endDate
    isCurrent
    contactId
    institutionId
  }
`);
