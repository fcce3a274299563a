import { graphql } from '../../../gql';

/** Who a mailing on this list to this rule would reach now, and who it would leave out and why. */
export const AUDIENCE_COUNT_QUERY = graphql(`
  query AudienceCount($listId: ID!, $rule: AudienceRuleInput!) {
    audienceCount(listId: $listId, rule: $rule) {
      matching
      recipients
      suppressed
      unsubscribed
      noConsent
    }
  }
`);
