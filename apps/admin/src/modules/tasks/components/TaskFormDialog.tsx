import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import type { Priority, TaskDetailFieldsFragment } from '../../../gql/graphql';
import { todayCalendarDate } from '../../../ui/calendarDate';
import { DateField } from '../../../ui/DateField';
import { FormDialog } from '../../../ui/FormDialog';
import { FormTextField } from '../../../ui/FormTextField';
import { OptionSelectField } from '../../../ui/OptionSelectField';
import { CREATE_TASK_MUTATION } from '../graphql/create-task.mutation';
import { UPDATE_TASK_MUTATION } from '../graphql/update-task.mutation';
import { DEFAULT_PRIORITY, TASK_PRIORITIES } from '../taskOptions';
import { TaskAssigneeField, type AssigneeChoice } from './TaskAssigneeField';

const FIELDS = ['title', 'description', 'assigneeUserId', 'assigneeOrganisationId', 'dueDate', 'priority'] as const;

export interface TaskFormDialogProps {
  /** The task to edit; without it, the dialog creates a task in `campaignId`. */
  task?: TaskDetailFieldsFragment;
  campaignId?: string;
  onClose: () => void;
  onSaved: (task: { id: string; title: string }) => void;
}

/** The task's assignee as the form holds it; `unavailable` names one the API no longer shows. */
function assigneeOf(task: TaskDetailFieldsFragment | undefined, unavailable: string): AssigneeChoice {
  if (task?.assigneeOrganisationId) {
    const organisation = task.assigneeOrganisation ?? { id: task.assigneeOrganisationId, name: unavailable };
    return { kind: 'organisation', user: null, organisation };
  }
  if (task?.assigneeUserId) {
    return { kind: 'user', user: task.assigneeUser ?? { id: task.assigneeUserId, name: unavailable }, organisation: null };
  }
  return { kind: 'none', user: null, organisation: null };
}

/** Staff: a new task of a campaign, or changes to one (title, description, assignee, due date, priority). */
export function TaskFormDialog({ task, campaignId, onClose, onSaved }: TaskFormDialogProps) {
  const { t } = useTranslation('tasks');
  const [title, setTitle] = useState(task?.title ?? '');
  const [description, setDescription] = useState(task?.description ?? '');
  const [assignee, setAssignee] = useState<AssigneeChoice>(() => assigneeOf(task, t('assignee.unavailable')));
  const [dueDate, setDueDate] = useState(task?.dueDate ?? '');
  const [priority, setPriority] = useState<Priority>(task?.priority ?? DEFAULT_PRIORITY);
  const [missing, setMissing] = useState<{ title?: string; user?: string; organisation?: string }>({});
  const { fieldErrors, alert, attempt, clear } = useApiProblem(FIELDS);
  // The board asks again for its tasks, so the new one shows in its column.
  const [createTask, creation] = useMutation(CREATE_TASK_MUTATION, { refetchQueries: ['CampaignTasks'] });
  const [updateTask, update] = useMutation(UPDATE_TASK_MUTATION);

  function findMissing() {
    const found = {
      ...(title.trim() ? {} : { title: t('form.titleRequired') }),
      ...(assignee.kind === 'user' && !assignee.user ? { user: t('form.assigneeUserRequired') } : {}),
      ...(assignee.kind === 'organisation' && !assignee.organisation ? { organisation: t('form.assigneeOrganisationRequired') } : {}),
    };
    setMissing(found);
    return Object.keys(found).length > 0;
  }

  async function submit() {
    if (findMissing()) {
      clear();
      return;
    }
    const fields = {
      title: title.trim(),
      priority,
      assigneeUserId: assignee.kind === 'user' ? (assignee.user?.id ?? null) : null,
      assigneeOrganisationId: assignee.kind === 'organisation' ? (assignee.organisation?.id ?? null) : null,
    };
    let saved: { id: string; title: string } | undefined;
    const problem = await attempt(async () => {
      if (task) {
        const { data } = await updateTask({
          variables: { input: { id: task.id, ...fields, description: description.trim() || null, dueDate: dueDate || null } },
        });
        saved = data?.updateTask;
      } else {
        const { data } = await createTask({
          variables: {
            input: {
              ...(campaignId ? { campaignId } : {}),
              ...fields,
              ...(description.trim() ? { description: description.trim() } : {}),
              ...(dueDate ? { dueDate } : {}),
            },
          },
        });
        saved = data?.createTask;
      }
    });
    if (problem === null && saved) onSaved(saved);
  }

  return (
    <FormDialog
      title={task ? t('form.editTitle', { title: task.title }) : t('form.newTitle')}
      intro={t('form.intro')}
      alert={alert}
      submitting={creation.loading || update.loading}
      submitLabel={task ? t('form.save') : t('form.create')}
      submittingLabel={task ? t('form.saving') : t('form.creating')}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <FormTextField
        label={t('form.title')}
        required
        autoFocus
        value={title}
        onChange={(value) => {
          setTitle(value);
          if (value.trim()) setMissing(({ title: _filled, ...others }) => others);
        }}
        error={missing.title ?? fieldErrors.title}
      />
      <FormTextField
        label={t('form.description')}
        multiline
        minRows={3}
        value={description}
        onChange={setDescription}
        error={fieldErrors.description}
      />
      <TaskAssigneeField
        value={assignee}
        onChange={setAssignee}
        userError={missing.user ?? fieldErrors.assigneeUserId}
        organisationError={missing.organisation ?? fieldErrors.assigneeOrganisationId}
      />
      <DateField
        label={t('form.dueDate')}
        value={dueDate}
        onChange={setDueDate}
        error={fieldErrors.dueDate}
        helperText={t('form.dueDateHelp')}
        slotProps={task ? undefined : { htmlInput: { min: todayCalendarDate() } }}
      />
      <OptionSelectField
        label={t('form.priority')}
        value={priority}
        options={TASK_PRIORITIES}
        optionLabel={(option) => t(`priorities.${option}`)}
        onChange={setPriority}
        error={fieldErrors.priority}
      />
    </FormDialog>
  );
}
