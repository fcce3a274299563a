import ApartmentOutlined from '@mui/icons-material/ApartmentOutlined';
import PersonOutlineOutlined from '@mui/icons-material/PersonOutlineOutlined';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import type { TaskSummaryFieldsFragment } from '../../../gql/graphql';
import { VisuallyHidden } from '../../../ui/VisuallyHidden';

type AssigneeOf = Pick<TaskSummaryFieldsFragment, 'assigneeUserId' | 'assigneeUser' | 'assigneeOrganisationId' | 'assigneeOrganisation'>;

/** Who a task is for, as words: the user's name, the organisation's name (and acronym), or "Unassigned". */
export function useAssigneeName(): (task: AssigneeOf) => string {
  const { t } = useTranslation('tasks');
  return (task) => {
    if (task.assigneeUser) return task.assigneeUser.name;
    if (task.assigneeOrganisation) {
      const { name, acronym } = task.assigneeOrganisation;
      return acronym ? `${name} (${acronym})` : name;
    }
    // Assigned to someone the API no longer shows (a deleted organisation).
    if (task.assigneeUserId || task.assigneeOrganisationId) return t('assignee.unavailable');
    return t('assignee.none');
  };
}

export interface TaskAssigneeProps {
  task: AssigneeOf;
  /** Where nothing else says what the name is (a card), screen readers hear "Assigned to" first. */
  labelled?: boolean;
}

/** Who a task is for, with an icon saying whether it is a person or an organisation. */
export function TaskAssignee({ task, labelled = false }: TaskAssigneeProps) {
  const { t } = useTranslation('tasks');
  const assigneeName = useAssigneeName();
  const Icon = task.assigneeOrganisationId ? ApartmentOutlined : PersonOutlineOutlined;
  const assigned = Boolean(task.assigneeUserId || task.assigneeOrganisationId);
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color: assigned ? 'text.primary' : 'text.secondary' }}>
      <Icon fontSize="small" aria-hidden />
      <span>
        {labelled ? <VisuallyHidden>{`${t('assignee.label')}: `}</VisuallyHidden> : null}
        {assigneeName(task)}
      </span>
    </Box>
  );
}
