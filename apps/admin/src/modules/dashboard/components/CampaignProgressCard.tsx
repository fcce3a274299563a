import ViewKanbanOutlined from '@mui/icons-material/ViewKanbanOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import type { DashboardQuery } from '../../../gql/graphql';
import { formatDate } from '../../../ui/formatDateTime';
import { StanceBar } from './StanceBar';

export type CampaignProgress = DashboardQuery['dashboard']['activeCampaigns'][number];

/** One active campaign: its targets by stance, its tasks done and open, when someone last met a target. */
export function CampaignProgressCard({ progress }: { progress: CampaignProgress }) {
  const { t, i18n } = useTranslation('dashboard');
  const language = currentLanguage(i18n);
  const titleId = useId();
  const { campaign, targetsByStance, tasksDone, tasksOpen, lastInteractionAt } = progress;
  const tasksTotal = tasksDone + tasksOpen;

  return (
    <Paper variant="outlined" component="article" aria-labelledby={titleId} sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', justifyContent: 'space-between' }}>
        <Typography variant="h3" id={titleId}>
          <Link component={RouterLink} to={`/campaigns/${campaign.id}`}>
            {campaign.name}
          </Link>
        </Typography>
        <Button
          component={RouterLink}
          to={`/campaigns/${campaign.id}/board`}
          size="small"
          startIcon={<ViewKanbanOutlined aria-hidden />}
          aria-label={t('campaigns.boardLabel', { name: campaign.name })}
          sx={{ flexShrink: 0 }}
        >
          {t('campaigns.board')}
        </Button>
      </Stack>
      <StanceBar counts={targetsByStance} />
      <Box>
        <Typography variant="body2" sx={{ mb: 0.5 }}>
          {t('campaigns.tasks', { done: tasksDone, open: tasksOpen })}
        </Typography>
        {tasksTotal > 0 ? (
          <LinearProgress
            variant="determinate"
            color="success"
            value={(tasksDone / tasksTotal) * 100}
            aria-label={t('campaigns.tasksDone')}
            sx={{ height: 8, borderRadius: 1 }}
          />
        ) : null}
      </Box>
      <Typography variant="body2" color="text.secondary">
        {lastInteractionAt ? t('campaigns.lastInteraction', { date: formatDate(lastInteractionAt, language) }) : t('campaigns.noInteraction')}
      </Typography>
    </Paper>
  );
}
