import { useDraggable } from '@dnd-kit/core';
import DragIndicatorOutlined from '@mui/icons-material/DragIndicatorOutlined';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskStatus, TaskSummaryFieldsFragment } from '../../../gql/graphql';
import { MoveTaskMenu } from './MoveTaskMenu';
import { TaskCardContent } from './TaskCardContent';

export interface TaskCardProps {
  task: TaskSummaryFieldsFragment;
  /** The reader may change the task's status: it can be dragged, and has the "Move" menu. */
  movable: boolean;
  onMove: (status: TaskStatus) => void;
  /** The card just arrived here through its "Move" menu: give the menu's button focus again. */
  focusMove: boolean;
  onFocused: () => void;
}

/** One task on the board: dragged by the whole card with a pointer, or by its handle with the keyboard. */
export function TaskCard({ task, movable, onMove, focusMove, onFocused }: TaskCardProps) {
  const { t } = useTranslation('tasks');
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: task.id,
    data: { task },
    disabled: !movable,
    attributes: { roleDescription: t('board.draggable') },
  });
  const moveButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focusMove) return;
    moveButton.current?.focus();
    onFocused();
  }, [focusMove, onFocused]);

  return (
    <Box component="li" ref={setNodeRef} {...(movable ? listeners : {})} sx={{ opacity: isDragging ? 0.4 : 1 }}>
      <TaskCardContent
        task={task}
        handle={
          movable ? (
            <IconButton
              ref={setActivatorNodeRef}
              {...attributes}
              size="small"
              aria-label={t('board.dragLabel', { title: task.title })}
              sx={{ mt: -0.5, mr: -0.5, cursor: isDragging ? 'grabbing' : 'grab', touchAction: 'none' }}
            >
              <DragIndicatorOutlined fontSize="small" />
            </IconButton>
          ) : null
        }
        actions={movable ? <MoveTaskMenu task={task} onMove={onMove} buttonRef={moveButton} /> : null}
      />
    </Box>
  );
}
