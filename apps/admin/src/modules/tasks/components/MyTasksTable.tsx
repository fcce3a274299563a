import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { TaskStatus, TaskSummaryFieldsFragment } from '../../../gql/graphql';
import { EmptyTableRow } from '../../../ui/EmptyTableRow';
import { isOverdue } from '../taskOptions';
import { CampaignBoardLink } from './CampaignBoardLink';
import { TaskDueDate } from './TaskDueDate';
import { TaskPriorityChip } from './TaskPriorityChip';
import { TaskStatusSelect } from './TaskStatusSelect';

export interface MyTasksTableProps {
  tasks: readonly TaskSummaryFieldsFragment[];
  onStatusChange: (task: TaskSummaryFieldsFragment, status: TaskStatus) => void;
  emptyMessage: string;
}

/** The reader's tasks, soonest due first: each links to its page and its campaign's board; status changes in place. */
export function MyTasksTable({ tasks, onStatusChange, emptyMessage }: MyTasksTableProps) {
  const { t } = useTranslation(['tasks', 'common']);
  return (
    <Table aria-label={t('mine.tableLabel')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('mine.task')}</TableCell>
          <TableCell>{t('mine.due')}</TableCell>
          <TableCell>{t('mine.priority')}</TableCell>
          <TableCell>{t('mine.board')}</TableCell>
          <TableCell>{t('mine.status')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {tasks.length === 0 ? (
          <EmptyTableRow columns={5} message={emptyMessage} />
        ) : (
          tasks.map((task) => (
            <TableRow
              key={task.id}
              hover
              sx={isOverdue(task) ? { boxShadow: (theme) => `inset 4px 0 0 ${theme.palette.error.main}` } : undefined}
            >
              <TableCell component="th" scope="row">
                <Link component={RouterLink} to={`/tasks/${task.id}`} sx={{ fontWeight: 600 }}>
                  {task.title}
                </Link>
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <TaskDueDate task={task} />
              </TableCell>
              <TableCell>
                <TaskPriorityChip priority={task.priority} />
              </TableCell>
              <TableCell>{task.campaignId ? <CampaignBoardLink task={task} /> : t('common:emptyValue')}</TableCell>
              <TableCell>
                <TaskStatusSelect
                  value={task.status}
                  onChange={(status) => onStatusChange(task, status)}
                  label={t('mine.statusOf', { title: task.title })}
                />
              </TableCell>
            </TableRow>
          ))
        )}
      </TableBody>
    </Table>
  );
}
