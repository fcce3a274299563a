import type { WatchQueryFetchPolicy } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { useRecordQuery } from '../../../app/graphql/useRecordQuery';
import { CONTACT_QUERY } from '../graphql/contact.query';

/**
 * A contact by id, or what to show instead (loading, not found...). A member representative is refused the private
 * details of people outside their organisation, field by field: the answer keeps the rest, and `error` says which.
 */
export function useContactRecord(id: string, fetchPolicy?: WatchQueryFetchPolicy) {
  const { t } = useTranslation('contacts');
  const { record, fallback, error } = useRecordQuery(CONTACT_QUERY, {
    id,
    recordOf: (data) => data.contact,
    notFound: { title: t('page.notFoundTitle'), body: t('page.notFoundBody'), back: { to: '/contacts', label: t('page.back') } },
    errorPolicy: 'all',
    fetchPolicy,
  });
  return { contact: record, fallback, error };
}
