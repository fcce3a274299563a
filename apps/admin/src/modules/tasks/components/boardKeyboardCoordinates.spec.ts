import type { ClientRect, SensorContext } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { boardKeyboardCoordinates } from './boardKeyboardCoordinates';

const rect = (left: number, top: number, width: number, height: number): ClientRect => ({
  left,
  top,
  width,
  height,
  right: left + width,
  bottom: top + height,
});

/** Four 300px columns side by side, the last one short (it is empty). */
const COLUMNS: Record<string, ClientRect> = {
  TODO: rect(0, 100, 300, 600),
  IN_PROGRESS: rect(320, 100, 300, 600),
  BLOCKED: rect(640, 100, 300, 600),
  DONE: rect(960, 100, 300, 120),
};

function press(code: string, card: ClientRect) {
  const context = {
    collisionRect: card,
    droppableRects: new Map(Object.entries(COLUMNS)),
    droppableContainers: { getEnabled: () => Object.keys(COLUMNS).map((id) => ({ id })) },
  } as unknown as SensorContext;
  const event = new KeyboardEvent('keydown', { code, cancelable: true });
  return boardKeyboardCoordinates(event, { active: 'task-1', context, currentCoordinates: { x: card.left, y: card.top } });
}

describe('boardKeyboardCoordinates', () => {
  it('should move a card to the next column with the right arrow, and back with the left one', () => {
    const inToDo = rect(10, 300, 280, 120);
    expect(press('ArrowRight', inToDo)).toEqual({ x: 330, y: 148 });
    const inProgress = rect(330, 148, 280, 120);
    expect(press('ArrowLeft', inProgress)).toEqual({ x: 10, y: 148 });
  });

  it('should keep the card inside a short column, and stay put at either end of the board', () => {
    const inBlocked = rect(650, 148, 280, 120);
    expect(press('ArrowRight', inBlocked)).toEqual({ x: 970, y: 100 });
    const inToDo = rect(10, 300, 280, 120);
    expect(press('ArrowLeft', inToDo)).toEqual({ x: 10, y: 300 });
  });

  it('should leave other keys to the sensor', () => {
    expect(press('KeyA', rect(10, 300, 280, 120))).toBeUndefined();
  });
});
