import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganisationAutocomplete, type OrganisationOption } from '../../organisations/components/OrganisationAutocomplete';
import { UserAutocomplete, type UserOption } from './UserAutocomplete';

export type AssigneeKind = 'none' | 'user' | 'organisation';
const KINDS: readonly AssigneeKind[] = ['none', 'user', 'organisation'];

/** Who a task is for: nobody yet, a user of the CRM, or an organisation (its representatives see it). */
export interface AssigneeChoice {
  kind: AssigneeKind;
  user: UserOption | null;
  organisation: OrganisationOption | null;
}

export interface TaskAssigneeFieldProps {
  value: AssigneeChoice;
  onChange: (value: AssigneeChoice) => void;
  /** Why the API (or the form) refused the user or the organisation. */
  userError?: string;
  organisationError?: string;
}

/**
 * Chooses a task's assignee: the kind first, then the user or the organisation. Only staff plan tasks, and staff may
 * list the CRM's users, so the person is searched for among everyone.
 */
export function TaskAssigneeField({ value, onChange, userError, organisationError }: TaskAssigneeFieldProps) {
  const { t } = useTranslation('tasks');
  const legendId = useId();

  return (
    <Stack spacing={2}>
      <FormControl component="fieldset">
        <FormLabel component="legend" id={legendId}>
          {t('form.assignee')}
        </FormLabel>
        <RadioGroup row aria-labelledby={legendId} value={value.kind} onChange={(event) => onChange({ ...value, kind: event.target.value as AssigneeKind })}>
          {KINDS.map((kind) => (
            <FormControlLabel key={kind} value={kind} control={<Radio />} label={t(`form.assigneeKinds.${kind}`)} />
          ))}
        </RadioGroup>
      </FormControl>
      {value.kind === 'user' ? (
        <UserAutocomplete
          label={t('form.assigneeUser')}
          required
          value={value.user}
          onChange={(user) => onChange({ ...value, user })}
          error={userError}
        />
      ) : null}
      {value.kind === 'organisation' ? (
        <OrganisationAutocomplete
          label={t('form.assigneeOrganisation')}
          required
          value={value.organisation}
          onChange={(organisation) => onChange({ ...value, organisation })}
          error={organisationError}
          helperText={t('form.assigneeOrganisationHelp')}
        />
      ) : null}
    </Stack>
  );
}
