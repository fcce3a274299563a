import type { TypedDocumentNode, WatchQueryFetchPolicy } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { PAGE_SIZES, type CursorConnection, type CursorPagedList } from '../../ui/CursorPagedTable';
import { useCursorPages } from '../../ui/useCursorPages';
import { useApiErrorText } from './useApiProblemText';

/** The arguments of the API's list queries: a page (first/after) of what matches a filter, in an order. */
export interface CursorPageVariables<Filter, Sort = never> {
  first: number;
  after?: string | null;
  filter?: Filter | null;
  sort?: Sort | null;
}

export interface CursorPagedQueryOptions<Data, Filter, Node, Sort = never> {
  filter: Filter;
  /** For lists the API sorts in more than one way; a new order starts again at the first page. */
  sort?: Sort;
  /** Where the connection is in the answer, e.g. `(data) => data.users`. */
  connectionOf: (data: Data) => CursorConnection<Node>;
  fetchPolicy?: WatchQueryFetchPolicy;
}

/** One page of a list query, with page numbers that start again at the first page when the filter changes. */
export function useCursorPagedQuery<Data, Filter, Node, Sort = never>(
  query: TypedDocumentNode<Data, CursorPageVariables<Filter, Sort>>,
  { filter, sort, connectionOf, fetchPolicy }: CursorPagedQueryOptions<Data, Filter, Node, Sort>,
): CursorPagedList<Node> {
  const pages = useCursorPages(PAGE_SIZES[0], JSON.stringify({ filter, sort }));
  const { data, previousData, loading, error, refetch } = useQuery(query, {
    variables: { first: pages.pageSize, after: pages.after, filter, ...(sort === undefined ? {} : { sort }) },
    fetchPolicy,
    notifyOnNetworkStatusChange: true,
  });
  // Keep the previous page on screen while the next one loads, instead of flashing an empty table.
  const shown = data ?? previousData;
  const errorText = useApiErrorText(error);

  return {
    connection: shown ? connectionOf(shown) : undefined,
    pages,
    loading,
    error: errorText,
    refetch: () => void refetch(),
  };
}
