import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import Box from '@mui/material/Box';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskStatus, TaskSummaryFieldsFragment } from '../../../gql/graphql';
import { TASK_STATUSES } from '../taskOptions';
import { boardKeyboardCoordinates } from './boardKeyboardCoordinates';
import { TaskBoardColumn } from './TaskBoardColumn';
import { TaskCard } from './TaskCard';
import { TaskCardContent } from './TaskCardContent';

export interface TaskBoardProps {
  tasks: readonly TaskSummaryFieldsFragment[];
  /** Whether the reader may change this task's status. */
  isMovable: (task: TaskSummaryFieldsFragment) => boolean;
  /** Moves the task; resolves to whether the API accepted. */
  onMove: (task: TaskSummaryFieldsFragment, status: TaskStatus) => Promise<boolean>;
}

/** With a pointer, the column under it; otherwise (the keyboard) the column the card overlaps most. */
const columnUnderCard: CollisionDetection = (args) => {
  const underPointer = pointerWithin(args);
  return underPointer.length > 0 ? underPointer : rectIntersection(args);
};

const isStatus = (id: UniqueIdentifier | undefined): id is TaskStatus => (TASK_STATUSES as readonly UniqueIdentifier[]).includes(id ?? '');

/** The kanban board: a column per status; cards move by dragging (pointer or keyboard) or by their "Move" menu. */
export function TaskBoard({ tasks, isMovable, onMove }: TaskBoardProps) {
  const { t } = useTranslation('tasks');
  const [draggedId, setDraggedId] = useState<UniqueIdentifier | null>(null);
  // The card whose "Move" button gets focus once it shows in this column (it is a new element there).
  const [focusRequest, setFocusRequest] = useState<{ id: string; status: TaskStatus } | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: boardKeyboardCoordinates }),
  );
  const byId = useMemo(() => new Map(tasks.map((task) => [task.id, task])), [tasks]);
  const titleOf = useCallback((id: UniqueIdentifier) => byId.get(String(id))?.title ?? '', [byId]);
  const columnName = useCallback((id: UniqueIdentifier | undefined) => (isStatus(id) ? t(`statuses.${id}`) : ''), [t]);

  const announcements: Announcements = useMemo(
    () => ({
      onDragStart: ({ active }) => t('board.announce.picked', { title: titleOf(active.id) }),
      onDragOver: ({ active, over }) =>
        over
          ? t('board.announce.over', { title: titleOf(active.id), column: columnName(over.id) })
          : t('board.announce.outside', { title: titleOf(active.id) }),
      onDragEnd: ({ active, over }) =>
        over
          ? t('board.announce.dropped', { title: titleOf(active.id), column: columnName(over.id) })
          : t('board.announce.notMoved', { title: titleOf(active.id) }),
      onDragCancel: ({ active }) => t('board.announce.notMoved', { title: titleOf(active.id) }),
    }),
    [t, titleOf, columnName],
  );

  const move = useCallback(
    async (task: TaskSummaryFieldsFragment, status: TaskStatus, refocus: boolean) => {
      if (refocus) setFocusRequest({ id: task.id, status });
      const accepted = await onMove(task, status);
      // Refused: the card is back in its first column; keep the reader's place on it there.
      if (!accepted && refocus) setFocusRequest({ id: task.id, status: task.status });
    },
    [onMove],
  );

  function dropped({ active, over }: DragEndEvent) {
    setDraggedId(null);
    const task = byId.get(String(active.id));
    if (task && isStatus(over?.id) && over.id !== task.status) void move(task, over.id, false);
  }

  const dragged = draggedId ? byId.get(String(draggedId)) : undefined;
  const clearFocusRequest = useCallback(() => setFocusRequest(null), []);

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={columnUnderCard}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('board.instructions') } }}
      onDragStart={({ active }) => setDraggedId(active.id)}
      onDragCancel={() => setDraggedId(null)}
      onDragEnd={dropped}
    >
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          alignItems: 'start',
          gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', lg: 'repeat(4, minmax(0, 1fr))' },
        }}
      >
        {TASK_STATUSES.map((status) => {
          const inColumn = tasks.filter((task) => task.status === status);
          return (
            <TaskBoardColumn key={status} status={status} count={inColumn.length}>
              {inColumn.map((task) => (
                <TaskCard
                  key={task.id}
                  task={task}
                  movable={isMovable(task)}
                  onMove={(next) => void move(task, next, true)}
                  focusMove={focusRequest?.id === task.id && focusRequest.status === task.status}
                  onFocused={clearFocusRequest}
                />
              ))}
            </TaskBoardColumn>
          );
        })}
      </Box>
      <DragOverlay>{dragged ? <TaskCardContent task={dragged} linked={false} raised /> : null}</DragOverlay>
    </DndContext>
  );
}
