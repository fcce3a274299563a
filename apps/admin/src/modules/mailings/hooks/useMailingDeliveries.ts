import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useApiErrorText } from '../../../app/graphql/useApiProblemText';
import type { DeliveryStatus, MailingDeliveriesQuery } from '../../../gql/graphql';
import { MAILING_DELIVERIES_QUERY } from '../graphql/mailing-deliveries.query';

/** Recipients asked for at a time; "load more" asks for as many again. */
export const DELIVERIES_PAGE_SIZE = 50;

type Connection = NonNullable<MailingDeliveriesQuery['mailing']>['deliveries'];
export type DeliveryRow = Connection['edges'][number]['node'];

/** The later page's edges after the earlier ones, each delivery once. */
function appendPage(earlier: Connection, later: Connection): Connection {
  const seen = new Set(earlier.edges.map((edge) => edge.node.id));
  return { ...later, edges: [...earlier.edges, ...later.edges.filter((edge) => !seen.has(edge.node.id))] };
}

export interface MailingDeliveries {
  rows: DeliveryRow[] | undefined;
  totalCount: number;
  hasMore: boolean;
  loading: boolean;
  loadingMore: boolean;
  error: string | null;
  loadMore: () => void;
  refetch: () => void;
}

/** A mailing's recipients matching a status and part of an address, page after page as asked. */
export function useMailingDeliveries(mailingId: string, status: DeliveryStatus | null, search: string): MailingDeliveries {
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(MAILING_DELIVERIES_QUERY, {
    variables: { id: mailingId, first: DELIVERIES_PAGE_SIZE, after: null, statuses: status ? [status] : null, search: search || null },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [pageError, setPageError] = useState<unknown>(null);
  const connection = (data ?? previousData)?.mailing?.deliveries;
  const errorText = useApiErrorText(error ?? pageError);

  return {
    rows: connection?.edges.map((edge) => edge.node),
    totalCount: connection?.totalCount ?? 0,
    hasMore: Boolean(connection?.pageInfo.hasNextPage),
    loading,
    loadingMore,
    error: errorText,
    loadMore: () => {
      if (!connection?.pageInfo.endCursor) return;
      setLoadingMore(true);
      setPageError(null);
      fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) =>
          previous.mailing && fetchMoreResult.mailing
            ? { ...previous, mailing: { ...previous.mailing, deliveries: appendPage(previous.mailing.deliveries, fetchMoreResult.mailing.deliveries) } }
            : previous,
      })
        .catch((reason: unknown) => setPageError(reason))
        .finally(() => setLoadingMore(false));
    },
    refetch: () => {
      setPageError(null);
      void refetch();
    },
  };
}
