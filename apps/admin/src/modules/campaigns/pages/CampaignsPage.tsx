import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCursorPagedQuery } from '../../../app/graphql/useCursorPagedQuery';
import { CursorPagedTable } from '../../../ui/CursorPagedTable';
import { emptyListMessage } from '../../../ui/EmptyTableRow';
import { ListHeaderActions } from '../../../ui/ListHeaderActions';
import { NoticeSnackbar, type Notice } from '../../../ui/NoticeSnackbar';
import { PageHeader } from '../../../ui/PageHeader';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { mayEditCampaigns, representedOrganisationId } from '../campaignPermissions';
import { CampaignsFilters } from '../components/CampaignsFilters';
import { CampaignsTable } from '../components/CampaignsTable';
import { CAMPAIGNS_QUERY } from '../graphql/campaigns.query';
import { useCampaignsListParams } from '../hooks/useCampaignsListParams';

/**
 * The campaigns the signed-in user may see, filtered from the address. Staff see them all; a member representative
 * sees those open to members, whether their organisation takes part, and joins or leaves them.
 */
export function CampaignsPage() {
  const { t } = useTranslation('campaigns');
  const user = useCurrentUser();
  const mayAdd = mayEditCampaigns(user);
  const memberOrganisationId = representedOrganisationId(user);
  const [notice, setNotice] = useState<Notice | null>(null);
  const { params, filter, isFiltered, setParams } = useCampaignsListParams();
  const campaigns = useCursorPagedQuery(CAMPAIGNS_QUERY, {
    filter,
    connectionOf: (data) => data.campaigns,
    // Others plan campaigns and join them too: show the list as it is now, from the cache first.
    fetchPolicy: 'cache-and-network',
  });

  const emptyMessage = memberOrganisationId && !isFiltered
    ? t('table.emptyMember')
    : emptyListMessage(
        { isFiltered, mayAdd },
        { filtered: t('table.emptyFiltered'), first: t('table.emptyFirst'), readOnly: t('table.emptyReadOnly') },
      );

  return (
    <>
      <PageHeader
        title={t('title')}
        intro={memberOrganisationId ? t('introMember') : t('intro')}
        actions={<ListHeaderActions create={mayAdd ? { to: '/campaigns/new', label: t('new') } : undefined} />}
      />
      <CampaignsFilters value={params} onChange={setParams} />
      <CursorPagedTable list={campaigns}>
        {(rows) => (
          <CampaignsTable
            campaigns={rows}
            emptyMessage={emptyMessage}
            memberOrganisationId={memberOrganisationId}
            onNotice={(text) => setNotice({ severity: 'success', text })}
          />
        )}
      </CursorPagedTable>
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}
