import { useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import type { TaskStatus } from '../../../gql/graphql';
import { CHANGE_TASK_STATUS_MUTATION } from '../graphql/change-task-status.mutation';

export interface TaskStatusChange {
  /**
   * Moves the task at once (every screen showing it follows), then asks the API; if the API refuses, the task goes
   * back where it was and `failure` says why. Resolves to whether the API accepted.
   */
  change: (task: { id: string; title: string }, status: TaskStatus) => Promise<boolean>;
  /** The last refused move and why, in the user's language; null when the last move went through. */
  failure: string | null;
  dismiss: () => void;
}

/** Changing a task's status (the board's columns, a row's quick change, the task's page). */
export function useTaskStatusChange(): TaskStatusChange {
  const { t } = useTranslation('tasks');
  const { alert, attempt, clear } = useApiProblem([]);
  const [refused, setRefused] = useState<{ title: string; status: TaskStatus } | null>(null);
  const [changeStatus] = useMutation(CHANGE_TASK_STATUS_MUTATION);

  const change = useCallback(
    async (task: { id: string; title: string }, status: TaskStatus) => {
      setRefused(null);
      const problem = await attempt(() =>
        changeStatus({
          variables: { input: { id: task.id, status } },
          optimisticResponse: {
            updateTask: { __typename: 'Task', id: task.id, status, completedAt: status === 'DONE' ? new Date().toISOString() : null },
          },
        }),
      );
      if (problem) setRefused({ title: task.title, status });
      return problem === null;
    },
    [attempt, changeStatus],
  );
  const dismiss = useCallback(() => {
    setRefused(null);
    clear();
  }, [clear]);

  const failure =
    refused && alert ? t('statusChange.failed', { title: refused.title, status: t(`statuses.${refused.status}`), reason: alert }) : null;
  return { change, failure, dismiss };
}
