import type { TypedDocumentNode, WatchQueryFetchPolicy } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { PAGE_SIZES, type CursorConnection, type CursorPagedList } from '../../ui/CursorPagedTable';
import { useCursorPages } from '../../ui/useCursorPages';
import { readApiProblem } from './api-errors';
import { useApiProblemText } from './useApiProblemText';

/** The arguments of the API's list queries: a page (first/after) of what matches a filter. */
export interface CursorPageVariables<Filter> {
  first: number;
  after?: string | null;
  filter?: Filter | null;
}

export interface CursorPagedQueryOptions<Data, Filter, Node> {
  filter: Filter;
  /** Where the connection is in the answer, e.g. `(data) => data.users`. */
  connectionOf: (data: Data) => CursorConnection<Node>;
  fetchPolicy?: WatchQueryFetchPolicy;
}

/** One page of a list query, with page numbers that start again at the first page when the filter changes. */
export function useCursorPagedQuery<Data, Filter, Node>(
  query: TypedDocumentNode<Data, CursorPageVariables<Filter>>,
  { filter, connectionOf, fetchPolicy }: CursorPagedQueryOptions<Data, Filter, Node>,
): CursorPagedList<Node> {
  const describe = useApiProblemText();
  const pages = useCursorPages(PAGE_SIZES[0], JSON.stringify(filter));
  const { data, previousData, loading, error, refetch } = useQuery(query, {
    variables: { first: pages.pageSize, after: pages.after, filter },
    fetchPolicy,
    notifyOnNetworkStatusChange: true,
  });
  // Keep the previous page on screen while the next one loads, instead of flashing an empty table.
  const shown = data ?? previousData;

  return {
    connection: shown ? connectionOf(shown) : undefined,
    pages,
    loading,
    error: error ? describe(readApiProblem(error), []).alert : null,
    refetch: () => void refetch(),
  };
}
