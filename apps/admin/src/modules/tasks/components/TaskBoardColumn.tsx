import { useDroppable } from '@dnd-kit/core';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskStatus } from '../../../gql/graphql';

export interface TaskBoardColumnProps {
  status: TaskStatus;
  count: number;
  /** The column's cards. */
  children: ReactNode;
}

/** One status of the board: a region named after it, where cards can be dropped. */
export function TaskBoardColumn({ status, count, children }: TaskBoardColumnProps) {
  const { t } = useTranslation('tasks');
  const { setNodeRef, isOver } = useDroppable({ id: status });
  const titleId = useId();
  return (
    <Paper
      ref={setNodeRef}
      component="section"
      aria-labelledby={titleId}
      variant="outlined"
      sx={{
        p: 1.5,
        minHeight: 240,
        bgcolor: isOver ? 'action.hover' : 'background.default',
        borderColor: isOver ? 'primary.main' : 'divider',
        outline: isOver ? '2px solid' : 'none',
        outlineColor: 'primary.main',
      }}
    >
      <Typography variant="h2" id={titleId} sx={{ fontSize: '1.05rem' }}>
        {t(`statuses.${status}`)}
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1.5 }}>
        {t('board.taskCount', { count })}
      </Typography>
      {count > 0 ? (
        <Stack component="ul" spacing={1.5} sx={{ m: 0, p: 0, listStyle: 'none' }}>
          {children}
        </Stack>
      ) : (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t('board.emptyColumn')}
        </Typography>
      )}
    </Paper>
  );
}
