import type { WatchQueryFetchPolicy } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { useRecordQuery } from '../../../app/graphql/useRecordQuery';
import { MAILING_QUERY } from '../graphql/mailing.query';

/** A mailing by id with what its page and the composer show, or what to show instead (loading, not found...). */
export function useMailingRecord(id: string, fetchPolicy?: WatchQueryFetchPolicy) {
  const { t } = useTranslation('mailings');
  const { record, fallback } = useRecordQuery(MAILING_QUERY, {
    id,
    recordOf: (data) => data.mailing,
    notFound: { title: t('page.notFoundTitle'), body: t('page.notFoundBody'), back: { to: '/mailings', label: t('page.back') } },
    fetchPolicy,
  });
  return { mailing: record, fallback };
}
