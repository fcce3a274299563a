import type { TaskStatus } from '@alliance/domain';
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useApiErrorText } from '../../../app/graphql/useApiProblemText';
import type { CalendarTasksQuery } from '../../../gql/graphql';
import { CALENDAR_TASKS_QUERY } from '../graphql/calendar-tasks.query';

export type CalendarTask = CalendarTasksQuery['myTasks']['edges'][number]['node'];

const OPEN_STATUSES = ['TODO', 'IN_PROGRESS', 'BLOCKED'] as TaskStatus[];
const PAGE_SIZE = 100;
/** Enough for a busy year of one person's open tasks; past that the calendar says some may be missing. */
const MAX_PAGES = 5;

export interface TasksDue {
  /** The open tasks due on each day of the range. */
  byDay: ReadonlyMap<string, CalendarTask[]>;
  loading: boolean;
  error: string | null;
  /** More tasks than the calendar reads are due before the end of the range: some may be missing. */
  incomplete: boolean;
  retry: () => void;
}

interface Answer {
  key: string;
  tasks: CalendarTask[];
  complete: boolean;
  error: unknown;
}

/**
 * The caller's open tasks due between two days (both included), optionally of one campaign. The API lists them
 * soonest due first but cannot start at a date, so the pages are read until one reaches past the last day.
 */
export function useTasksDue(firstDay: string, lastDay: string, campaignId: string | null): TasksDue {
  const client = useApolloClient();
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const key = `${lastDay}#${attempt}`;

  useEffect(() => {
    let cancelled = false;
    async function readPage(after: string | null) {
      const { data } = await client.query({
        query: CALENDAR_TASKS_QUERY,
        variables: { first: PAGE_SIZE, after, filter: { statuses: OPEN_STATUSES } },
        fetchPolicy: 'network-only',
      });
      return data?.myTasks;
    }
    async function readPages(): Promise<Omit<Answer, 'key' | 'error'>> {
      const tasks: CalendarTask[] = [];
      let after: string | null = null;
      for (let page = 0; page < MAX_PAGES; page += 1) {
        const connection = await readPage(after);
        if (!connection) return { tasks, complete: false };
        tasks.push(...connection.edges.map((edge) => edge.node));
        const lastDue = tasks.at(-1)?.dueDate;
        if (!connection.pageInfo.hasNextPage || !lastDue || lastDue > lastDay) return { tasks, complete: true };
        after = connection.pageInfo.endCursor ?? null;
      }
      return { tasks, complete: false };
    }
    readPages().then(
      (read) => !cancelled && setAnswer({ key, ...read, error: null }),
      (error: unknown) => !cancelled && setAnswer({ key, tasks: [], complete: true, error }),
    );
    return () => {
      cancelled = true;
    };
  }, [client, key, lastDay]);

  const current = answer?.key === key ? answer : null;
  const byDay = useMemo(() => {
    const days = new Map<string, CalendarTask[]>();
    for (const task of current?.tasks ?? []) {
      if (!task.dueDate || task.dueDate < firstDay || task.dueDate > lastDay) continue;
      // The API's "my tasks" has no campaign filter: the calendar narrows them itself.
      if (campaignId && task.campaignId !== campaignId) continue;
      days.set(task.dueDate, [...(days.get(task.dueDate) ?? []), task]);
    }
    return days;
  }, [current, firstDay, lastDay, campaignId]);
  const error = useApiErrorText(current?.error ?? null);
  const retry = useCallback(() => setAttempt((count) => count + 1), []);

  return { byDay, loading: !current, error, incomplete: Boolean(current && !current.complete), retry };
}
