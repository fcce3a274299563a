import EditOutlined from '@mui/icons-material/EditOutlined';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { TaskStatus } from '../../../gql/graphql';
import { BackLink } from '../../../ui/BackLink';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { NoticeSnackbar } from '../../../ui/NoticeSnackbar';
import { PageHeader } from '../../../ui/PageHeader';
import { RecordSection } from '../../../ui/RecordSection';
import { useNotice } from '../../../ui/useNotice';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { TaskComments } from '../components/TaskComments';
import { TaskDetails } from '../components/TaskDetails';
import { TaskFormDialog } from '../components/TaskFormDialog';
import { useTaskRecord } from '../hooks/useTaskRecord';
import { useTaskStatusChange } from '../hooks/useTaskStatusChange';
import { mayPlanTasks, mayWorkOnTask } from '../taskPermissions';

/** One task: its facts, its status (for those who work on it), edit for staff, and its comments thread. */
export function TaskPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('tasks');
  const user = useCurrentUser();
  const { task, fallback } = useTaskRecord(id);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useNotice();
  const statusChange = useTaskStatusChange();

  if (!task) return fallback;

  async function changeStatus(status: TaskStatus) {
    if (task && (await statusChange.change(task, status))) {
      setNotice({ severity: 'success', text: t('statusChange.done', { title: task.title, status: t(`statuses.${status}`) }) });
    }
  }

  return (
    <>
      <BackLink to="/tasks" label={t('page.back')} />
      <PageHeader
        title={task.title}
        actions={
          mayPlanTasks(user) ? (
            <Button variant="contained" startIcon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
              {t('page.edit')}
            </Button>
          ) : null
        }
      />
      <ErrorAlert message={statusChange.failure} />
      <Stack spacing={3} sx={{ maxWidth: 960 }}>
        <RecordSection title={t('page.details')}>
          <TaskDetails task={task} onStatusChange={mayWorkOnTask(user, task) ? (status) => void changeStatus(status) : undefined} />
        </RecordSection>
        <TaskComments task={task} />
      </Stack>
      {editing ? (
        <TaskFormDialog
          task={task}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            setNotice({ severity: 'success', text: t('form.saved', { title: saved.title }) });
          }}
        />
      ) : null}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}
