import Box from '@mui/material/Box';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslation } from 'react-i18next';
import { RecordSection } from '../../../ui/RecordSection';
import { countOf, STANCE_COLOURS, STANCES } from '../stances';
import { ChartFigure } from './ChartFigure';
import type { CampaignProgress } from './CampaignProgressCard';

const TASK_COLOURS = { done: '#2e6b34', open: '#1d4f73' };
const ROW_HEIGHT = 36;
/** Room for the axis and the legend above the bars. */
const CHART_MARGIN = 90;
const NAME_AXIS_WIDTH = 180;

/** The active campaigns side by side: targets by stance and tasks done and open, one bar per campaign. */
export function ProgressCharts({ campaigns }: { campaigns: readonly CampaignProgress[] }) {
  const { t } = useTranslation('dashboard');
  const names = campaigns.map((progress) => progress.campaign.name);
  const height = campaigns.length * ROW_HEIGHT + CHART_MARGIN;
  const nameAxis = [{ scaleType: 'band' as const, data: names, width: NAME_AXIS_WIDTH }];
  const stanceLabels = STANCES.map((stance) => t(`stances.${stance}`));

  return (
    <RecordSection title={t('charts.title')}>
      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
        <ChartFigure
          title={t('charts.targetsByStance')}
          table={{
            columns: [t('charts.campaign'), ...stanceLabels],
            rows: campaigns.map(({ campaign, targetsByStance }) => ({
              key: campaign.id,
              label: campaign.name,
              values: STANCES.map((stance) => countOf(targetsByStance, stance)),
            })),
          }}
        >
          <BarChart
            layout="horizontal"
            height={height}
            yAxis={nameAxis}
            xAxis={[{ tickMinStep: 1 }]}
            series={STANCES.map((stance, index) => ({
              id: stance,
              label: stanceLabels[index],
              stack: 'targets',
              color: STANCE_COLOURS[stance],
              data: campaigns.map(({ targetsByStance }) => countOf(targetsByStance, stance)),
            }))}
          />
        </ChartFigure>
        <ChartFigure
          title={t('charts.tasks')}
          table={{
            columns: [t('charts.campaign'), t('charts.done'), t('charts.open')],
            rows: campaigns.map(({ campaign, tasksDone, tasksOpen }) => ({ key: campaign.id, label: campaign.name, values: [tasksDone, tasksOpen] })),
          }}
        >
          <BarChart
            layout="horizontal"
            height={height}
            yAxis={nameAxis}
            xAxis={[{ tickMinStep: 1 }]}
            series={[
              { id: 'done', label: t('charts.done'), stack: 'tasks', color: TASK_COLOURS.done, data: campaigns.map((progress) => progress.tasksDone) },
              { id: 'open', label: t('charts.open'), stack: 'tasks', color: TASK_COLOURS.open, data: campaigns.map((progress) => progress.tasksOpen) },
            ]}
          />
        </ChartFigure>
      </Box>
    </RecordSection>
  );
}
