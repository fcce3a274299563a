import Stack from '@mui/material/Stack';
import { Role } from '@alliance/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCursorPagedQuery } from '../../../app/graphql/useCursorPagedQuery';
import type { TaskStatus, TaskSummaryFieldsFragment } from '../../../gql/graphql';
import { CursorPagedTable } from '../../../ui/CursorPagedTable';
import { DateField } from '../../../ui/DateField';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FilterSelect } from '../../../ui/FilterSelect';
import { NoticeSnackbar, type Notice } from '../../../ui/NoticeSnackbar';
import { PageHeader } from '../../../ui/PageHeader';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { MyTasksTable } from '../components/MyTasksTable';
import { MY_TASKS_QUERY } from '../graphql/my-tasks.query';
import { MY_TASKS_STATUS_FILTERS, useMyTasksListParams } from '../hooks/useMyTasksListParams';
import { useTaskStatusChange } from '../hooks/useTaskStatusChange';

/** "My tasks": the reader's tasks (a member representative: their organisation's), soonest due first. */
export function MyTasksPage() {
  const { t } = useTranslation('tasks');
  const user = useCurrentUser();
  const forOrganisation = user.role === Role.MEMBER;
  const { params, filter, isFiltered, setParams } = useMyTasksListParams();
  const [notice, setNotice] = useState<Notice | null>(null);
  const statusChange = useTaskStatusChange();
  const tasks = useCursorPagedQuery(MY_TASKS_QUERY, {
    filter,
    connectionOf: (data) => data.myTasks,
    fetchPolicy: 'cache-and-network',
  });

  async function changeStatus(task: TaskSummaryFieldsFragment, next: TaskStatus) {
    if (await statusChange.change(task, next)) {
      setNotice({ severity: 'success', text: t('statusChange.done', { title: task.title, status: t(`statuses.${next}`) }) });
    }
  }

  const empty = isFiltered ? t('mine.emptyFiltered') : forOrganisation ? t('mine.emptyOrganisation') : t('mine.empty');
  return (
    <>
      <PageHeader title={t('mine.title')} intro={forOrganisation ? t('mine.introOrganisation') : t('mine.intro')} />
      <Stack role="search" aria-label={t('mine.filtersLabel')} direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <FilterSelect
          label={t('mine.statusFilter')}
          value={params.status}
          options={MY_TASKS_STATUS_FILTERS}
          optionLabel={(option) => (option === 'open' ? t('mine.openStatuses') : t(`statuses.${option}`))}
          anyLabel={t('mine.allStatuses')}
          onChange={(status) => setParams({ status })}
          sx={{ minWidth: 240 }}
        />
        <DateField
          label={t('mine.dueFrom')}
          value={params.dueFrom ?? ''}
          onChange={(dueFrom) => setParams({ dueFrom: dueFrom || null })}
          slotProps={params.dueTo ? { htmlInput: { max: params.dueTo } } : undefined}
        />
        <DateField
          label={t('mine.dueTo')}
          value={params.dueTo ?? ''}
          onChange={(dueTo) => setParams({ dueTo: dueTo || null })}
          slotProps={params.dueFrom ? { htmlInput: { min: params.dueFrom } } : undefined}
        />
      </Stack>
      <ErrorAlert message={statusChange.failure} />
      <CursorPagedTable list={tasks}>
        {(rows) => <MyTasksTable tasks={rows} onStatusChange={(task, next) => void changeStatus(task, next)} emptyMessage={empty} />}
      </CursorPagedTable>
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}
