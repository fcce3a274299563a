import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { OptionSelectField } from '../../../ui/OptionSelectField';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { OrganisationAutocomplete, type OrganisationOption } from '../../organisations/components/OrganisationAutocomplete';
import { mayPickColleagues } from '../../auth/permissions';
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

/** Chooses a task's assignee: the kind first, then the user or the organisation. */
export function TaskAssigneeField({ value, onChange, userError, organisationError }: TaskAssigneeFieldProps) {
  const { t } = useTranslation('tasks');
  const me = useCurrentUser();
  const legendId = useId();
  // Only coordinators may list users: others pick themselves, or keep the user the task already has.
  const knownUsers: UserOption[] = [{ id: me.id, name: me.name }, ...(value.user && value.user.id !== me.id ? [value.user] : [])];

  function chooseKind(kind: AssigneeKind) {
    const user = kind === 'user' && !value.user && !mayPickColleagues(me) ? { id: me.id, name: me.name } : value.user;
    onChange({ ...value, kind, user });
  }

  return (
    <Stack spacing={2}>
      <FormControl component="fieldset">
        <FormLabel component="legend" id={legendId}>
          {t('form.assignee')}
        </FormLabel>
        <RadioGroup row aria-labelledby={legendId} value={value.kind} onChange={(event) => chooseKind(event.target.value as AssigneeKind)}>
          {KINDS.map((kind) => (
            <FormControlLabel key={kind} value={kind} control={<Radio />} label={t(`form.assigneeKinds.${kind}`)} />
          ))}
        </RadioGroup>
      </FormControl>
      {value.kind === 'user' && mayPickColleagues(me) ? (
        <UserAutocomplete
          label={t('form.assigneeUser')}
          required
          value={value.user}
          onChange={(user) => onChange({ ...value, user })}
          error={userError}
        />
      ) : null}
      {value.kind === 'user' && !mayPickColleagues(me) ? (
        <OptionSelectField
          label={t('form.assigneeUser')}
          required
          value={value.user?.id ?? me.id}
          options={knownUsers.map((user) => user.id)}
          optionLabel={(id) => (id === me.id ? t('form.me', { name: me.name }) : (knownUsers.find((user) => user.id === id)?.name ?? id))}
          onChange={(id) => onChange({ ...value, user: knownUsers.find((user) => user.id === id) ?? null })}
          error={userError}
          helperText={t('form.assigneeUserHelp')}
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
