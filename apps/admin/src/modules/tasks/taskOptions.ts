import { Priority, TaskStatus } from '@alliance/domain';
import type { Priority as PriorityValue, TaskStatus as TaskStatusValue } from '../../gql/graphql';
import { todayCalendarDate } from '../../ui/calendarDate';

/** The statuses in the order of the board's columns. */
export const TASK_STATUSES: readonly TaskStatusValue[] = [TaskStatus.TODO, TaskStatus.IN_PROGRESS, TaskStatus.BLOCKED, TaskStatus.DONE];

/** Priorities, most urgent first. */
export const TASK_PRIORITIES: readonly PriorityValue[] = [Priority.HIGH, Priority.MEDIUM, Priority.LOW];

/** The priority a new task gets unless someone picks another. */
export const DEFAULT_PRIORITY: PriorityValue = Priority.MEDIUM;

/** The statuses of work still to finish. */
export const OPEN_STATUSES: readonly TaskStatusValue[] = [TaskStatus.TODO, TaskStatus.IN_PROGRESS, TaskStatus.BLOCKED];

/** Due before today (the reader's day) and not done yet. */
export function isOverdue(task: { dueDate?: string | null; status: TaskStatusValue }, today: string = todayCalendarDate()): boolean {
  return Boolean(task.dueDate) && task.status !== TaskStatus.DONE && (task.dueDate as string) < today;
}
