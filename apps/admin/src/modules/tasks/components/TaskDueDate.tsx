import EventBusyOutlined from '@mui/icons-material/EventBusyOutlined';
import EventOutlined from '@mui/icons-material/EventOutlined';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import type { TaskStatus } from '../../../gql/graphql';
import { currentLanguage } from '../../../app/i18n';
import { formatDate } from '../../../ui/formatDateTime';
import { isOverdue } from '../taskOptions';

export interface TaskDueDateProps {
  task: { dueDate?: string | null; status: TaskStatus };
}

/** When a task is due; an overdue one says so in words, with an icon, in the error colour. */
export function TaskDueDate({ task }: TaskDueDateProps) {
  const { t, i18n } = useTranslation('tasks');
  if (!task.dueDate) {
    return (
      <Box component="span" sx={{ color: 'text.secondary' }}>
        {t('due.none')}
      </Box>
    );
  }
  const overdue = isOverdue(task);
  const Icon = overdue ? EventBusyOutlined : EventOutlined;
  return (
    <Box
      component="span"
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color: overdue ? 'error.main' : 'text.primary', fontWeight: overdue ? 600 : 400 }}
    >
      <Icon fontSize="small" aria-hidden />
      <span>
        {overdue ? `${t('due.overdue')} · ` : null}
        {t('due.on')} <time dateTime={task.dueDate}>{formatDate(task.dueDate, currentLanguage(i18n))}</time>
      </span>
    </Box>
  );
}
