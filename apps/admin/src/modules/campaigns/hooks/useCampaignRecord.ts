import type { WatchQueryFetchPolicy } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { useRecordQuery } from '../../../app/graphql/useRecordQuery';
import { CAMPAIGN_QUERY } from '../graphql/campaign.query';

/** A campaign by id with what its page and form show, or what to show instead (loading, not found...). */
export function useCampaignRecord(id: string, fetchPolicy?: WatchQueryFetchPolicy) {
  const { t } = useTranslation('campaigns');
  const { record, fallback } = useRecordQuery(CAMPAIGN_QUERY, {
    id,
    recordOf: (data) => data.campaign,
    notFound: { title: t('page.notFoundTitle'), body: t('page.notFoundBody'), back: { to: '/campaigns', label: t('page.back') } },
    fetchPolicy,
  });
  return { campaign: record, fallback };
}
