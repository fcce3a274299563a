import type { TypedDocumentNode, WatchQueryFetchPolicy } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useApiErrorText } from '../../../app/graphql/useApiProblemText';
import { PAGE_SIZES, type CursorConnection, type CursorPagedList } from '../../../ui/CursorPagedTable';
import { useCursorPages } from '../../../ui/useCursorPages';

/** The arguments of the lists the API searches by one text rather than a filter (lists, audiences, suppressions). */
export interface SearchPageVariables {
  first: number;
  after?: string | null;
  search?: string | null;
}

/** One page of such a list, with page numbers that start again at the first page when the search changes. */
export function useSearchPagedQuery<Data, Node>(
  query: TypedDocumentNode<Data, SearchPageVariables>,
  { search, connectionOf, fetchPolicy }: { search: string; connectionOf: (data: Data) => CursorConnection<Node>; fetchPolicy?: WatchQueryFetchPolicy },
): CursorPagedList<Node> {
  const pages = useCursorPages(PAGE_SIZES[0], search);
  const { data, previousData, loading, error, refetch } = useQuery(query, {
    variables: { first: pages.pageSize, after: pages.after, search: search || null },
    fetchPolicy,
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? previousData;
  return {
    connection: shown ? connectionOf(shown) : undefined,
    pages,
    loading,
    error: useApiErrorText(error),
    refetch: () => void refetch(),
  };
}
