import type { WatchQueryFetchPolicy } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { useRecordQuery } from '../../../app/graphql/useRecordQuery';
import { ORGANISATION_QUERY } from '../graphql/organisation.query';

/** An organisation by id with what its page shows, or what to show instead (loading, not found...). */
export function useOrganisationRecord(id: string, fetchPolicy?: WatchQueryFetchPolicy) {
  const { t } = useTranslation('organisations');
  const { record, fallback } = useRecordQuery(ORGANISATION_QUERY, {
    id,
    recordOf: (data) => data.organisation,
    notFound: { title: t('page.notFoundTitle'), body: t('page.notFoundBody'), back: { to: '/organisations', label: t('page.back') } },
    fetchPolicy,
  });
  return { organisation: record, fallback };
}
