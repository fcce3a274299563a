import { useQuery } from '@apollo/client/react';
import { useApiErrorText } from '../../../app/graphql/useApiProblemText';
import type { AudienceCountQuery, AudienceRuleInput } from '../../../gql/graphql';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { AUDIENCE_COUNT_QUERY } from '../graphql/audience-count.query';

/** Long enough that picking three lists in a row asks once, short enough to feel live. */
const COUNT_DELAY_MS = 400;

export interface AudienceCountState {
  /** The last count answered (kept while a newer one is asked for); undefined before the first. */
  count: AudienceCountQuery['audienceCount'] | undefined;
  /** A newer count is on its way, or the rule is still changing. */
  counting: boolean;
  error: string | null;
}

/** Who a mailing on `listId` to `rule` would reach, asked again once the list or the rule stops changing. */
export function useAudienceCount(listId: string | null, rule: AudienceRuleInput | null): AudienceCountState {
  const asked = JSON.stringify({ listId, rule });
  const settled = useDebouncedValue(asked, COUNT_DELAY_MS);
  const variables = JSON.parse(settled) as { listId: string | null; rule: AudienceRuleInput | null };
  const { data, previousData, loading, error } = useQuery(AUDIENCE_COUNT_QUERY, {
    variables: { listId: variables.listId ?? '', rule: variables.rule ?? { kind: 'AND' } },
    skip: !variables.listId || !variables.rule,
    // Subscriptions and suppressions change under us: count afresh each time.
    fetchPolicy: 'network-only',
  });
  return {
    count: (data ?? previousData)?.audienceCount,
    counting: loading || asked !== settled,
    error: useApiErrorText(error),
  };
}
