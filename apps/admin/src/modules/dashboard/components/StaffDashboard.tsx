import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useApiErrorText } from '../../../app/graphql/useApiProblemText';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { RecordSection } from '../../../ui/RecordSection';
import { DASHBOARD_QUERY } from '../graphql/dashboard.query';
import { CampaignProgressCard } from './CampaignProgressCard';
import { OverdueTasksSection } from './OverdueTasksSection';
import { ProgressCharts } from './ProgressCharts';
import { RecentInteractionsSection } from './RecentInteractionsSection';

/** Staff: the active campaigns and how far each has come, overdue tasks and the latest interactions. */
export function StaffDashboard() {
  const { t } = useTranslation('dashboard');
  const { data, loading, error, refetch } = useQuery(DASHBOARD_QUERY, { fetchPolicy: 'cache-and-network' });
  const errorText = useApiErrorText(error);

  if (!data) {
    if (errorText) return <ErrorAlert message={errorText} onRetry={() => void refetch()} />;
    return loading ? <LoadingState /> : null;
  }
  const { activeCampaigns, overdueTasks, recentInteractions } = data.dashboard;

  return (
    <Stack spacing={3}>
      <RecordSection title={t('campaigns.title')}>
        {activeCampaigns.length === 0 ? <Typography color="text.secondary">{t('campaigns.empty')}</Typography> : null}
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))' }}>
          {activeCampaigns.map((progress) => (
            <CampaignProgressCard key={progress.campaign.id} progress={progress} />
          ))}
        </Box>
      </RecordSection>
      {activeCampaigns.length > 0 ? <ProgressCharts campaigns={activeCampaigns} /> : null}
      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, alignItems: 'start' }}>
        <OverdueTasksSection tasks={overdueTasks} />
        <RecentInteractionsSection interactions={recentInteractions} />
      </Box>
    </Stack>
  );
}
