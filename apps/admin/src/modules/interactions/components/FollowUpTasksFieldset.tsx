import MenuItem from '@mui/material/MenuItem';
import { useTranslation } from 'react-i18next';
import type { FollowUpTaskInput } from '../../../gql/graphql';
import { DateField } from '../../../ui/DateField';
import { FormTextField } from '../../../ui/FormTextField';
import { RepeatableFieldset } from '../../../ui/RepeatableFieldset';
import type { RowList } from '../../../ui/useRowList';

/**
 * A follow-up task as the form holds it. `assignee` is '' (the author: the API assigns them), `user:<id>` or
 * `organisation:<id>`, one of our side.
 */
export interface FollowUpRow {
  title: string;
  dueDate: string;
  assignee: string;
}

export const blankFollowUp = (): FollowUpRow => ({ title: '', dueDate: '', assignee: '' });

export const isFollowUpFilled = (row: FollowUpRow) => row.title.trim() !== '' || row.dueDate !== '';

/** Someone of our side a task can be given to. */
export interface AssigneeChoice {
  value: string;
  label: string;
}

/** The assignee fields of the API for the row's choice (both null: the author). */
export function assigneeInput(assignee: string, choices: readonly AssigneeChoice[]): Pick<FollowUpTaskInput, 'assigneeUserId' | 'assigneeOrganisationId'> {
  const chosen = choices.some((choice) => choice.value === assignee) ? assignee : '';
  const [kind, id = null] = chosen.split(':');
  return { assigneeUserId: kind === 'user' ? id : null, assigneeOrganisationId: kind === 'organisation' ? id : null };
}

/** The error fields of a follow-up row, as the API names them. */
export type FollowUpErrorField = 'title' | 'dueDate' | 'assigneeUserId' | 'assigneeOrganisationId';

export interface FollowUpTasksFieldsetProps {
  list: RowList<FollowUpRow>;
  /** Who a task can be given to besides the author: the colleagues and organisations of our side. */
  assignees: readonly AssigneeChoice[];
  error?: string;
  rowError: (key: number, field: FollowUpErrorField) => string | undefined;
}

/** Tasks created with the interaction, in the same save: what, by when, and who does it (the author by default). */
export function FollowUpTasksFieldset({ list, assignees, error, rowError }: FollowUpTasksFieldsetProps) {
  const { t } = useTranslation('interactions');
  const choices = [{ value: '', label: t('followUps.me') }, ...assignees];
  return (
    <RepeatableFieldset
      legend={t('followUps.legend')}
      list={list}
      blank={blankFollowUp}
      addLabel={t('followUps.add')}
      removeLabel={(index) => t('followUps.remove', { number: index + 1 })}
      emptyText={t('followUps.empty')}
      error={error}
      renderRow={(row, index) => {
        const key = list.rows[index]?.key ?? -1;
        const number = index + 1;
        const assignee = choices.some((choice) => choice.value === row.assignee) ? row.assignee : '';
        return (
          <>
            <FormTextField
              label={t('followUps.title', { number })}
              value={row.title}
              onChange={(title) => list.change(index, { title })}
              error={rowError(key, 'title')}
              sx={{ flex: 2 }}
            />
            <DateField
              label={t('followUps.dueDate', { number })}
              value={row.dueDate}
              onChange={(dueDate) => list.change(index, { dueDate })}
              error={rowError(key, 'dueDate')}
              sx={{ flex: 1, minWidth: 160 }}
            />
            <FormTextField
              select
              label={t('followUps.assignee', { number })}
              value={assignee}
              onChange={(value) => list.change(index, { assignee: value })}
              error={rowError(key, 'assigneeUserId') ?? rowError(key, 'assigneeOrganisationId')}
              sx={{ flex: 1, minWidth: 180 }}
            >
              {choices.map((choice) => (
                <MenuItem key={choice.value} value={choice.value}>
                  {choice.label}
                </MenuItem>
              ))}
            </FormTextField>
          </>
        );
      }}
    />
  );
}
