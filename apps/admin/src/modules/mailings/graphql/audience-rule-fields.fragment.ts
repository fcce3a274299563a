import { graphql } from '../../../gql';

/** One node of an audience, without its children (GraphQL cannot ask for a tree of any depth). */
export const AUDIENCE_RULE_FIELDS_FRAGMENT = graphql(`
  fragment AudienceRuleFields on AudienceRule {
    kind
    listIds
    organisationStatuses
    organisationTypes
    campaignIds
    institutionIds
    includeChildInstitutions
    institutionKinds
    countryCodes
    languages
    tags
  }
`);
