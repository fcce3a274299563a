import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import type { DashboardTaskFieldsFragment } from '../../../gql/graphql';
import { todayCalendarDate } from '../../../ui/calendarDate';
import { formatDate } from '../../../ui/formatDateTime';
import { RecordSection } from '../../../ui/RecordSection';
import { TaskLinkList } from './TaskLinkList';

const DAY_MS = 24 * 3600 * 1000;

/** Whole days from one calendar date to a later one. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Open tasks past their due date, the longest overdue first, each with how late it is. */
export function OverdueTasksSection({ tasks }: { tasks: readonly DashboardTaskFieldsFragment[] }) {
  const { t, i18n } = useTranslation('dashboard');
  const language = currentLanguage(i18n);
  const today = todayCalendarDate();

  return (
    <RecordSection title={t('overdue.title')}>
      {tasks.length === 0 ? <Typography color="text.secondary">{t('overdue.empty')}</Typography> : null}
      <TaskLinkList
        tasks={tasks}
        details={(task) => [
          task.dueDate ? t('overdue.due', { date: formatDate(task.dueDate, language) }) : null,
          task.dueDate ? t('overdue.daysLate', { count: Math.max(1, daysBetween(task.dueDate, today)) }) : null,
          t(`priorities.${task.priority}`),
          t(`taskStatuses.${task.status}`),
        ]}
      />
    </RecordSection>
  );
}
