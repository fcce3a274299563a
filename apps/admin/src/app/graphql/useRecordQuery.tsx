import type { ErrorPolicy, TypedDocumentNode, WatchQueryFetchPolicy } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { RecordUnavailable } from '../../ui/RecordUnavailable';
import { useApiErrorText } from './useApiProblemText';

export interface RecordQueryOptions<Data, Record> {
  id: string;
  /** Where the record is in the answer (null: no record has this id). */
  recordOf: (data: Data) => Record | null | undefined;
  /** What the page says when no record has this id, and the list it leads back to. */
  notFound: { title: string; body: string; back: { to: string; label: string } };
  errorPolicy?: ErrorPolicy;
  fetchPolicy?: WatchQueryFetchPolicy;
}

export interface RecordQueryResult<Record> {
  /** Undefined until it is loaded, or when there is none. */
  record: Record | undefined;
  /** What to show while there is no record: loading, could not load (with a retry), not found. */
  fallback: ReactNode;
  /** The answer's errors, e.g. fields refused with `errorPolicy: 'all'`. */
  error: unknown;
}

/** One record by id, for a record's page or form. */
export function useRecordQuery<Data, Record>(
  query: TypedDocumentNode<Data, { id: string }>,
  { id, recordOf, notFound, errorPolicy, fetchPolicy }: RecordQueryOptions<Data, Record>,
): RecordQueryResult<Record> {
  const { data, loading, error, refetch } = useQuery(query, { variables: { id }, errorPolicy, fetchPolicy });
  const errorText = useApiErrorText(error);
  const record = data ? (recordOf(data as Data) ?? undefined) : undefined;
  return {
    record,
    error,
    fallback: (
      <RecordUnavailable
        loading={loading && !data}
        error={data ? null : errorText}
        onRetry={() => void refetch()}
        notFoundTitle={notFound.title}
        notFoundBody={notFound.body}
        back={notFound.back}
      />
    ),
  };
}
