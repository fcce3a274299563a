import type { TaskStatus, TasksFilter } from '../../../gql/graphql';
import { useSearchParamValues } from '../../../ui/useSearchParamValues';
import { oneOf } from '../../organisations/organisationOptions';
import { OPEN_STATUSES, TASK_STATUSES } from '../taskOptions';

/** The list's filter as the address spells it: /tasks?status=open, /tasks?status=BLOCKED */
const PARAMS = ['status'] as const;
type Param = (typeof PARAMS)[number];

/** "open": to do, in progress or blocked; or one status. */
export type MyTasksStatusFilter = 'open' | TaskStatus;
export const MY_TASKS_STATUS_FILTERS: readonly MyTasksStatusFilter[] = ['open', ...TASK_STATUSES];

/** "My tasks" filter, read from and written to the query string. */
export function useMyTasksListParams() {
  const [values, change] = useSearchParamValues<Param>(PARAMS);
  const status = oneOf(MY_TASKS_STATUS_FILTERS, values.status);
  const filter: TasksFilter = status ? { statuses: status === 'open' ? [...OPEN_STATUSES] : [status] } : {};
  const setStatus = (next: MyTasksStatusFilter | null) => change({ status: next });
  return { status, filter, isFiltered: status !== null, setStatus };
}
