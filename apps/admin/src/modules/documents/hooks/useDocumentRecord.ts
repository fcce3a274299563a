import type { WatchQueryFetchPolicy } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { useRecordQuery } from '../../../app/graphql/useRecordQuery';
import { DOCUMENT_QUERY } from '../graphql/document.query';

/** A document by id with what its page shows, or what to show instead (loading, not found...). */
export function useDocumentRecord(id: string, fetchPolicy?: WatchQueryFetchPolicy) {
  const { t } = useTranslation('documents');
  const { record, fallback } = useRecordQuery(DOCUMENT_QUERY, {
    id,
    recordOf: (data) => data.document,
    notFound: { title: t('page.notFoundTitle'), body: t('page.notFoundBody'), back: { to: '/documents', label: t('page.back') } },
    fetchPolicy,
  });
  return { document: record, fallback };
}
