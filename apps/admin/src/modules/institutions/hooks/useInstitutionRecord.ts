import type { WatchQueryFetchPolicy } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { useRecordQuery } from '../../../app/graphql/useRecordQuery';
import { INSTITUTION_QUERY } from '../graphql/institution.query';

/** An institution by id with what its page shows, or what to show instead (loading, not found...). */
export function useInstitutionRecord(id: string, fetchPolicy?: WatchQueryFetchPolicy) {
  const { t } = useTranslation('institutions');
  const { record, fallback } = useRecordQuery(INSTITUTION_QUERY, {
    id,
    recordOf: (data) => data.institution,
    notFound: { title: t('page.notFoundTitle'), body: t('page.notFoundBody'), back: { to: '/institutions', label: t('page.back') } },
    fetchPolicy,
  });
  return { institution: record, fallback };
}
