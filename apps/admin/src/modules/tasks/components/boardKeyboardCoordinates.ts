import type { ClientRect, KeyboardCoordinateGetter } from '@dnd-kit/core';

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** The column (by its place from the left, then from the top when columns wrap) whose box holds the point. */
function columnAt(columns: readonly ClientRect[], x: number, y: number): number {
  const inside = columns.findIndex((rect) => x >= rect.left && x < rect.right && y >= rect.top && y < rect.bottom);
  if (inside >= 0) return inside;
  // Between columns: the nearest one.
  const distances = columns.map((rect) => Math.hypot(rect.left + rect.width / 2 - x, rect.top + rect.height / 2 - y));
  return distances.indexOf(Math.min(...distances));
}

/**
 * Keyboard dragging on the board: each arrow key moves the card to the next or previous column in reading order,
 * instead of a few pixels at a time. Space or Enter drops it there; Escape puts it back.
 */
export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const step = STEPS[event.code];
  const { collisionRect, droppableRects, droppableContainers } = context;
  if (!step || !collisionRect) return undefined;
  event.preventDefault();

  const columns = droppableContainers
    .getEnabled()
    .map((container) => droppableRects.get(container.id))
    .filter((rect): rect is ClientRect => Boolean(rect))
    .sort((a, b) => a.top - b.top || a.left - b.left);
  if (columns.length === 0) return undefined;

  const centreX = collisionRect.left + collisionRect.width / 2;
  const centreY = collisionRect.top + collisionRect.height / 2;
  const target = columns[columnAt(columns, centreX, centreY) + step];
  if (!target) return currentCoordinates;
  return {
    x: target.left + Math.max(0, (target.width - collisionRect.width) / 2),
    y: target.top + Math.min(48, Math.max(0, target.height - collisionRect.height)),
  };
};
