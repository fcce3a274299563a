import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useApiErrorText } from '../../../app/graphql/useApiProblemText';
import { currentLanguage } from '../../../app/i18n';
import { formatDate } from '../../../ui/formatDateTime';
import { QueriedSection } from '../../../ui/QueriedSection';
import { RecordLinkList, type RecordLink } from '../../../ui/RecordLinkList';
import { campaignPath } from '../campaignOptions';
import { ORGANISATION_CAMPAIGNS_QUERY } from '../graphql/organisation-campaigns.query';

/**
 * A section of an organisation's page: the campaigns it takes or took part in (those the reader may see), each with
 * its role and dates. It asks for them itself.
 */
export function OrganisationCampaignsSection({ organisationId }: { organisationId: string }) {
  const { t, i18n } = useTranslation('campaigns');
  const language = currentLanguage(i18n);
  const { data, loading, error, refetch } = useQuery(ORGANISATION_CAMPAIGNS_QUERY, {
    variables: { id: organisationId },
    fetchPolicy: 'cache-and-network',
  });
  const errorText = useApiErrorText(error);
  // Current ones first, then the most recently joined.
  const participations = [...(data?.organisation?.participations ?? [])].sort(
    (a, b) => Number(Boolean(a.leftAt)) - Number(Boolean(b.leftAt)) || b.joinedAt.localeCompare(a.joinedAt),
  );
  const links = participations.flatMap((participation): RecordLink[] => {
    const { campaign } = participation;
    if (!campaign) return [];
    const role = t(`roles.${participation.role}`);
    const joined = formatDate(participation.joinedAt, language);
    const detail = participation.leftAt
      ? t('organisationCampaigns.past', { role, joined, left: formatDate(participation.leftAt, language) })
      : t('organisationCampaigns.current', { role, joined });
    return [{ key: participation.id, to: campaignPath(campaign.id), label: campaign.name, detail }];
  });

  return (
    <QueriedSection
      title={t('organisationCampaigns.title')}
      loaded={Boolean(data)}
      loading={loading}
      error={errorText}
      onRetry={() => void refetch()}
      emptyText={t('organisationCampaigns.empty')}
      isEmpty={links.length === 0}
    >
      {links.length > 0 ? <RecordLinkList links={links} emptyText={t('organisationCampaigns.empty')} /> : null}
    </QueriedSection>
  );
}
