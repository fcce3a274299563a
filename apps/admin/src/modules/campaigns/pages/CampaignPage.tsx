import EditOutlined from '@mui/icons-material/EditOutlined';
import EventNoteOutlined from '@mui/icons-material/EventNoteOutlined';
import ViewKanbanOutlined from '@mui/icons-material/ViewKanbanOutlined';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { BackLink } from '../../../ui/BackLink';
import { NoticeSnackbar } from '../../../ui/NoticeSnackbar';
import { PageHeader } from '../../../ui/PageHeader';
import { RecordSection } from '../../../ui/RecordSection';
import { useNotice } from '../../../ui/useNotice';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { InteractionTimeline } from '../../interactions/components/InteractionTimeline';
import { campaignPath } from '../campaignOptions';
import { isStaff, mayEditCampaigns } from '../campaignPermissions';
import { CampaignOverview } from '../components/CampaignOverview';
import { CampaignParticipantsSection } from '../components/CampaignParticipantsSection';
import { CampaignTargetsSection } from '../components/CampaignTargetsSection';
import { OpenCommitmentsSection } from '../components/OpenCommitmentsSection';
import { useCampaignRecord } from '../hooks/useCampaignRecord';

/**
 * One campaign: what it wants, who takes part, whom it targets and how recently they were reached, and (for staff)
 * the commitments still open; with its task board and, for staff, logging a meeting.
 */
export function CampaignPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['campaigns', 'common']);
  const user = useCurrentUser();
  const [notice, setNotice] = useNotice();
  // Others follow the campaign up too: ask again on each visit.
  const { campaign, fallback } = useCampaignRecord(id, 'cache-and-network');
  if (!campaign) return fallback;

  const staff = isStaff(user);
  const path = campaignPath(campaign.id);
  const say = (text: string) => setNotice({ severity: 'success', text });
  const intro = [t(`statuses.${campaign.status}`), t(`visibilities.${campaign.visibility}`)].join(' · ');

  return (
    <>
      <BackLink to="/campaigns" label={t('page.back')} />
      <PageHeader
        title={campaign.name}
        intro={intro}
        actions={
          <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', rowGap: 1.5 }}>
            {mayEditCampaigns(user) ? (
              <Button component={RouterLink} to={`${path}/edit`} variant="contained" startIcon={<EditOutlined aria-hidden />}>
                {t('common:actions.edit')}
              </Button>
            ) : null}
            <Button component={RouterLink} to={`${path}/board`} variant="outlined" startIcon={<ViewKanbanOutlined aria-hidden />}>
              {t('page.board')}
            </Button>
            {staff ? (
              <Button
                component={RouterLink}
                to={`/interactions/new?campaignId=${encodeURIComponent(campaign.id)}`}
                variant="outlined"
                startIcon={<EventNoteOutlined aria-hidden />}
              >
                {t('page.logMeeting')}
              </Button>
            ) : null}
          </Stack>
        }
      />
      <Stack spacing={3} sx={{ maxWidth: 1100 }}>
        <RecordSection title={t('page.overview')}>
          <CampaignOverview campaign={campaign} />
        </RecordSection>
        <CampaignParticipantsSection campaign={campaign} onNotice={say} />
        <CampaignTargetsSection campaign={campaign} onNotice={say} />
        {staff ? <OpenCommitmentsSection campaignId={campaign.id} onNotice={say} /> : null}
        <InteractionTimeline filter={{ campaignId: campaign.id }} />
      </Stack>
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}
