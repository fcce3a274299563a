import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { BackLink } from '../../../ui/BackLink';
import { PageHeader } from '../../../ui/PageHeader';
import type { NoticeState } from '../../../ui/useNotice';
import { campaignPath } from '../campaignOptions';
import { CampaignForm } from '../components/CampaignForm';
import { CREATE_CAMPAIGN_MUTATION } from '../graphql/create-campaign.mutation';
import { UPDATE_CAMPAIGN_MUTATION } from '../graphql/update-campaign.mutation';
import { useCampaignRecord } from '../hooks/useCampaignRecord';

/** Goes to the campaign's page, which says what was done. */
function useShowCampaign() {
  const navigate = useNavigate();
  return (id: string, text: string) =>
    void navigate(campaignPath(id), { state: { notice: { severity: 'success', text } } satisfies NoticeState });
}

/** Coordinators and advocates: a new campaign (the route checks the role). */
export function NewCampaignPage() {
  const { t } = useTranslation('campaigns');
  const show = useShowCampaign();
  const [createCampaign, { loading }] = useMutation(CREATE_CAMPAIGN_MUTATION);
  return (
    <>
      <BackLink to="/campaigns" label={t('page.back')} />
      <PageHeader title={t('form.newTitle')} intro={t('form.intro')} />
      <CampaignForm
        submitting={loading}
        cancelTo="/campaigns"
        save={async (input) => {
          const { data } = await createCampaign({ variables: { input } });
          if (data) show(data.createCampaign.id, t('form.created', { name: data.createCampaign.name }));
        }}
      />
    </>
  );
}

/** Coordinators and advocates: a campaign's name, objective, asks, status, dates, visibility and lead. */
export function EditCampaignPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('campaigns');
  const show = useShowCampaign();
  const { campaign, fallback } = useCampaignRecord(id);
  const [updateCampaign, { loading }] = useMutation(UPDATE_CAMPAIGN_MUTATION);
  if (!campaign) return fallback;
  const recordPath = campaignPath(campaign.id);
  return (
    <>
      <BackLink to={recordPath} label={campaign.name} />
      <PageHeader title={t('form.editTitle', { name: campaign.name })} intro={t('form.intro')} />
      <CampaignForm
        campaign={campaign}
        submitting={loading}
        cancelTo={recordPath}
        save={async (input) => {
          const { data } = await updateCampaign({ variables: { input: { id: campaign.id, ...input } } });
          if (data) show(data.updateCampaign.id, t('form.saved', { name: data.updateCampaign.name }));
        }}
      />
    </>
  );
}
