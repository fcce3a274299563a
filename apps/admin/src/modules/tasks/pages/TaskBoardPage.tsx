import AddOutlined from '@mui/icons-material/AddOutlined';
import Button from '@mui/material/Button';
import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { TaskStatus, TaskSummaryFieldsFragment } from '../../../gql/graphql';
import { BackLink } from '../../../ui/BackLink';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { NoticeSnackbar, type Notice } from '../../../ui/NoticeSnackbar';
import { PageHeader } from '../../../ui/PageHeader';
import { RecordUnavailable } from '../../../ui/RecordUnavailable';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { TaskBoard } from '../components/TaskBoard';
import { TaskFormDialog } from '../components/TaskFormDialog';
import { TASK_CAMPAIGN_NAME_QUERY } from '../graphql/task-campaign-name.query';
import { useCampaignTasks } from '../hooks/useCampaignTasks';
import { useTaskStatusChange } from '../hooks/useTaskStatusChange';
import { mayPlanTasks, mayWorkOnTask } from '../taskPermissions';

/** One campaign's tasks as a kanban board: To do, In progress, Blocked, Done. */
export function TaskBoardPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('tasks');
  const user = useCurrentUser();
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const campaign = useQuery(TASK_CAMPAIGN_NAME_QUERY, { variables: { id } });
  const board = useCampaignTasks(id);
  const statusChange = useTaskStatusChange();
  const { change } = statusChange;

  const move = useCallback(
    async (task: TaskSummaryFieldsFragment, status: TaskStatus) => {
      const accepted = await change(task, status);
      if (accepted) setNotice({ severity: 'success', text: t('statusChange.done', { title: task.title, status: t(`statuses.${status}`) }) });
      return accepted;
    },
    [change, t],
  );
  const isMovable = useCallback((task: TaskSummaryFieldsFragment) => mayWorkOnTask(user, task), [user]);

  // A member may be given a task of a campaign they cannot see: show its board without the campaign's name.
  const hidden = Boolean(campaign.data && !campaign.data.campaign);
  if (hidden && board.tasks?.length === 0) {
    return (
      <RecordUnavailable
        loading={false}
        error={null}
        onRetry={() => void campaign.refetch()}
        notFoundTitle={t('board.notFoundTitle')}
        notFoundBody={t('board.notFoundBody')}
        back={{ to: '/campaigns', label: t('board.allCampaigns') }}
      />
    );
  }

  const name = campaign.data?.campaign?.name;
  return (
    <>
      {hidden ? (
        <BackLink to="/campaigns" label={t('board.allCampaigns')} />
      ) : (
        <BackLink to={`/campaigns/${id}`} label={name ?? t('board.backToCampaign')} />
      )}
      <PageHeader
        title={name ? t('board.title', { name }) : t('board.untitled')}
        intro={t('board.intro')}
        actions={
          mayPlanTasks(user) ? (
            <Button variant="contained" startIcon={<AddOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('board.newTask')}
            </Button>
          ) : null
        }
      />
      <ErrorAlert message={board.error} onRetry={board.refetch} />
      <ErrorAlert message={statusChange.failure} />
      {board.tasks ? <TaskBoard tasks={board.tasks} isMovable={isMovable} onMove={move} /> : board.loading ? <LoadingState /> : null}
      {creating ? (
        <TaskFormDialog
          campaignId={id}
          onClose={() => setCreating(false)}
          onSaved={(task) => {
            setCreating(false);
            setNotice({ severity: 'success', text: t('form.created', { title: task.title }) });
          }}
        />
      ) : null}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}
