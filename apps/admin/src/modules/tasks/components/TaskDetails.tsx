import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import type { TaskDetailFieldsFragment, TaskStatus } from '../../../gql/graphql';
import { DetailList } from '../../../ui/DetailList';
import { formatDateTime } from '../../../ui/formatDateTime';
import { CampaignBoardLink } from './CampaignBoardLink';
import { TaskAssignee } from './TaskAssignee';
import { TaskDueDate } from './TaskDueDate';
import { TaskPriorityChip } from './TaskPriorityChip';
import { TaskStatusSelect } from './TaskStatusSelect';

export interface TaskDetailsProps {
  task: TaskDetailFieldsFragment;
  /** Present for those who may move the task along: the status becomes a select. */
  onStatusChange?: (status: TaskStatus) => void;
}

/** A task's facts: status, assignee, due date, priority, campaign board, dates and description. */
export function TaskDetails({ task, onStatusChange }: TaskDetailsProps) {
  const { t, i18n } = useTranslation('tasks');
  const language = currentLanguage(i18n);
  return (
    <DetailList
      details={[
        {
          label: t('details.status'),
          value: onStatusChange ? (
            <TaskStatusSelect value={task.status} onChange={onStatusChange} label={t('details.status')} />
          ) : (
            t(`statuses.${task.status}`)
          ),
        },
        { label: t('details.assignee'), value: <TaskAssignee task={task} /> },
        { label: t('details.due'), value: <TaskDueDate task={task} /> },
        { label: t('details.priority'), value: <TaskPriorityChip priority={task.priority} /> },
        { label: t('details.campaign'), value: task.campaignId ? <CampaignBoardLink task={task} /> : null },
        { label: t('details.created'), value: <time dateTime={task.createdAt}>{formatDateTime(task.createdAt, language)}</time> },
        ...(task.completedAt
          ? [{ label: t('details.completed'), value: <time dateTime={task.completedAt}>{formatDateTime(task.completedAt, language)}</time> }]
          : []),
        {
          label: t('details.description'),
          value: task.description ? <Box sx={{ whiteSpace: 'pre-wrap' }}>{task.description}</Box> : null,
        },
      ]}
    />
  );
}
