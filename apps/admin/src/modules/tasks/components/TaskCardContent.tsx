import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { TaskSummaryFieldsFragment } from '../../../gql/graphql';
import { isOverdue } from '../taskOptions';
import { TaskAssignee } from './TaskAssignee';
import { TaskDueDate } from './TaskDueDate';
import { TaskPriorityChip } from './TaskPriorityChip';

export interface TaskCardContentProps {
  task: TaskSummaryFieldsFragment;
  /** The title links to the task's page; off for the copy that follows the pointer while dragging. */
  linked?: boolean;
  /** Beside the title: the drag handle. */
  handle?: ReactNode;
  /** Beside the priority: the "Move" menu. */
  actions?: ReactNode;
  raised?: boolean;
}

/** What a board card shows: title, assignee, due date (overdue in words), priority. */
export function TaskCardContent({ task, linked = true, handle, actions, raised = false }: TaskCardContentProps) {
  const overdue = isOverdue(task);
  return (
    <Paper
      variant={raised ? 'elevation' : 'outlined'}
      elevation={raised ? 8 : 0}
      sx={{ p: 1.5, borderLeft: 4, borderLeftColor: overdue ? 'error.main' : 'divider' }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <Typography component="h3" variant="body1" sx={{ flex: 1, minWidth: 0, fontWeight: 600, overflowWrap: 'anywhere' }}>
          {linked ? (
            <Link component={RouterLink} to={`/tasks/${task.id}`}>
              {task.title}
            </Link>
          ) : (
            task.title
          )}
        </Typography>
        {handle}
      </Stack>
      <Stack spacing={0.5} sx={{ mt: 1, typography: 'body2' }}>
        <TaskAssignee task={task} labelled />
        <TaskDueDate task={task} />
      </Stack>
      <Stack direction="row" spacing={1} sx={{ mt: 1, alignItems: 'center', justifyContent: 'space-between' }}>
        <TaskPriorityChip priority={task.priority} />
        {actions}
      </Stack>
    </Paper>
  );
}
