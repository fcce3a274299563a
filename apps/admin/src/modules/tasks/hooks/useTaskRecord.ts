import { useTranslation } from 'react-i18next';
import { useRecordQuery } from '../../../app/graphql/useRecordQuery';
import { TASK_QUERY } from '../graphql/task.query';

/** A task by id with what its page shows, or what to show instead (loading, not found...). */
export function useTaskRecord(id: string) {
  const { t } = useTranslation('tasks');
  const { record, fallback } = useRecordQuery(TASK_QUERY, {
    id,
    recordOf: (data) => data.task,
    notFound: { title: t('page.notFoundTitle'), body: t('page.notFoundBody'), back: { to: '/tasks', label: t('page.back') } },
    fetchPolicy: 'cache-and-network',
  });
  return { task: record, fallback };
}
