import { useQuery } from '@apollo/client/react';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useApiErrorText } from '../../../app/graphql/useApiProblemText';
import { currentLanguage } from '../../../app/i18n';
import { formatDate } from '../../../ui/formatDateTime';
import { QueriedSection } from '../../../ui/QueriedSection';
import { MEMBER_OPEN_TASKS_QUERY } from '../graphql/member-open-tasks.query';
import { TaskLinkList } from './TaskLinkList';

/** The member organisation's next open tasks, with the way to all of them. */
export function MemberTasksSection() {
  const { t, i18n } = useTranslation('dashboard');
  const language = currentLanguage(i18n);
  const { data, loading, error, refetch } = useQuery(MEMBER_OPEN_TASKS_QUERY, { fetchPolicy: 'cache-and-network' });
  const errorText = useApiErrorText(error);
  const tasks = data?.myTasks.edges.map((edge) => edge.node) ?? [];

  return (
    <QueriedSection
      title={t('member.tasksTitle')}
      loaded={Boolean(data)}
      loading={loading}
      error={errorText}
      onRetry={() => void refetch()}
      emptyText={t('member.tasksEmpty')}
      isEmpty={tasks.length === 0}
    >
      {tasks.length > 0 ? (
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          {t('member.tasksIntro')}
        </Typography>
      ) : null}
      <TaskLinkList
        tasks={tasks}
        details={(task) => [
          task.dueDate ? t('overdue.due', { date: formatDate(task.dueDate, language) }) : t('member.noDueDate'),
          t(`taskStatuses.${task.status}`),
        ]}
      />
      {data ? (
        <Typography sx={{ mt: 2 }}>
          <Link component={RouterLink} to="/tasks">
            {t('member.allTasks')}
          </Link>
        </Typography>
      ) : null}
    </QueriedSection>
  );
}
