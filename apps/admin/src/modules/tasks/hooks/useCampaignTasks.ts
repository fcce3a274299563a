import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { useApiErrorText } from '../../../app/graphql/useApiProblemText';
import type { CampaignTasksQuery, TaskSummaryFieldsFragment } from '../../../gql/graphql';
import { CAMPAIGN_TASKS_QUERY } from '../graphql/campaign-tasks.query';

/** As many tasks a request as the API gives: boards are small, most fit in one. */
export const BOARD_PAGE_SIZE = 100;

export interface CampaignTasks {
  /** Every task of the campaign the caller may see; undefined until the first page answers. */
  tasks: TaskSummaryFieldsFragment[] | undefined;
  /** Pages are still coming. */
  loading: boolean;
  /** Why the tasks (or some of them) could not be loaded, in the user's language. */
  error: string | null;
  refetch: () => void;
}

type Connection = CampaignTasksQuery['tasks'];

/** The later page's edges after the earlier ones, each task once. */
function appendPage(earlier: Connection, later: Connection): Connection {
  const seen = new Set(earlier.edges.map((edge) => edge.node.id));
  return { ...later, edges: [...earlier.edges, ...later.edges.filter((edge) => !seen.has(edge.node.id))] };
}

/** All the tasks of one campaign, asking for page after page until the API says there are no more. */
export function useCampaignTasks(campaignId: string): CampaignTasks {
  const { data, loading, error, fetchMore, refetch } = useQuery(CAMPAIGN_TASKS_QUERY, {
    variables: { first: BOARD_PAGE_SIZE, after: null, filter: { campaignId } },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  const [pageError, setPageError] = useState<unknown>(null);
  const next = data?.tasks.pageInfo.hasNextPage ? data.tasks.pageInfo.endCursor : null;

  useEffect(() => {
    if (!next) return;
    let cancelled = false;
    fetchMore({
      variables: { after: next },
      updateQuery: (previous, { fetchMoreResult }) => ({ ...previous, tasks: appendPage(previous.tasks, fetchMoreResult.tasks) }),
    }).catch((reason: unknown) => {
      if (!cancelled) setPageError(reason);
    });
    return () => {
      cancelled = true;
    };
  }, [next, fetchMore]);

  const errorText = useApiErrorText(error ?? pageError);
  const tasks = useMemo(() => data?.tasks.edges.map((edge) => edge.node), [data]);
  return {
    tasks,
    loading: loading || (Boolean(next) && !pageError),
    error: errorText,
    refetch: () => {
      setPageError(null);
      void refetch();
    },
  };
}
