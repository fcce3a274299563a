import { graphql } from '../../../gql';

/**
 * A saved audience with its rule, five levels deep: the builder's deepest tree (a root group, groups inside it, a
 * NOT around each inner group and each rule). A level more would cost five times as much and pass the API's limit.
 */
export const AUDIENCE_FIELDS_FRAGMENT = graphql(`
  fragment AudienceFields on Audience {
    id
    name
    updatedAt
    rule {
      ...AudienceRuleFields
      rules {
        ...AudienceRuleFields
        rules {
          ...AudienceRuleFields
          rules {
            ...AudienceRuleFields
            rules {
              ...AudienceRuleFields
            }
          }
        }
      }
    }
  }
`);
