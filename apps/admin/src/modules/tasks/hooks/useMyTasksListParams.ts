import type { TaskStatus, TasksFilter } from '../../../gql/graphql';
import { useSearchParamValues } from '../../../ui/useSearchParamValues';
import { oneOf } from '../../organisations/organisationOptions';
import { OPEN_STATUSES, TASK_STATUSES } from '../taskOptions';

/** The list's filters as the address spells them: /tasks?status=open&dueFrom=2026-11-01&dueTo=2026-11-30 */
const PARAMS = ['status', 'dueFrom', 'dueTo'] as const;
type Param = (typeof PARAMS)[number];

/** "open": to do, in progress or blocked; or one status. */
export type MyTasksStatusFilter = 'open' | TaskStatus;
export const MY_TASKS_STATUS_FILTERS: readonly MyTasksStatusFilter[] = ['open', ...TASK_STATUSES];

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date (YYYY-MM-DD) from the address; anything else is no date. */
function calendarDate(value: string | null): string | null {
  return value && CALENDAR_DATE.test(value) ? value : null;
}

export interface MyTasksListParams {
  status: MyTasksStatusFilter | null;
  /** Due on or after this day (YYYY-MM-DD). */
  dueFrom: string | null;
  /** Due on or before this day (YYYY-MM-DD). */
  dueTo: string | null;
}

/** "My tasks" filters (status, due date range), read from and written to the query string. */
export function useMyTasksListParams() {
  const [values, change] = useSearchParamValues<Param>(PARAMS);
  const params: MyTasksListParams = {
    status: oneOf(MY_TASKS_STATUS_FILTERS, values.status),
    dueFrom: calendarDate(values.dueFrom),
    dueTo: calendarDate(values.dueTo),
  };
  const { status, dueFrom, dueTo } = params;
  const filter: TasksFilter = {
    ...(status ? { statuses: status === 'open' ? [...OPEN_STATUSES] : [status] } : {}),
    ...(dueFrom ? { dueFrom } : {}),
    ...(dueTo ? { dueTo } : {}),
  };
  const setParams = (changes: Partial<MyTasksListParams>) => change(changes);
  return { params, filter, isFiltered: Object.keys(filter).length > 0, setParams };
}
