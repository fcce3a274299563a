import { Language, SUPPORTED_LANGUAGES } from '@alliance/domain';
import { useMutation } from '@apollo/client/react';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import { currentLanguage, toGraphQLLanguage } from '../../../app/i18n';
import type { InviteUserMutation, Role } from '../../../gql/graphql';
import { FormDialog } from '../../../ui/FormDialog';
import { FormTextField } from '../../../ui/FormTextField';
import { INVITE_USER_MUTATION } from '../graphql/invite-user.mutation';
import { RoleSelect } from './RoleSelect';

const FIELDS = ['email', 'name', 'role', 'language'] as const;

export interface InviteUserDialogProps {
  open: boolean;
  onClose: () => void;
  onInvited: (user: InviteUserMutation['inviteUser']) => void;
}

export function InviteUserDialog({ open, onClose, onInvited }: InviteUserDialogProps) {
  const { t, i18n } = useTranslation(['users', 'common']);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  // Least privilege by default: a coordinator raises the role on purpose.
  const [role, setRole] = useState<Role>('MEMBER');
  const [language, setLanguage] = useState<Language>(currentLanguage(i18n));
  const { fieldErrors, alert, attempt, clear } = useApiProblem(FIELDS);
  const [inviteUser, { loading }] = useMutation(INVITE_USER_MUTATION);

  function reset() {
    setEmail('');
    setName('');
    setRole('MEMBER');
    clear();
  }

  async function submit() {
    await attempt(async () => {
      const { data } = await inviteUser({
        variables: { input: { email: email.trim(), name: name.trim(), role, language: toGraphQLLanguage(language) } },
      });
      if (data) onInvited(data.inviteUser);
      reset();
    });
  }

  function close() {
    if (loading) return;
    reset();
    onClose();
  }

  return (
    <FormDialog
      open={open}
      title={t('inviteDialog.title')}
      intro={t('inviteDialog.intro')}
      alert={alert}
      submitting={loading}
      submitLabel={t('inviteDialog.submit')}
      submittingLabel={t('inviteDialog.submitting')}
      onSubmit={() => void submit()}
      onClose={close}
    >
      <FormTextField
        label={t('inviteDialog.email')}
        type="email"
        name="email"
        autoComplete="off"
        required
        autoFocus
        value={email}
        onChange={setEmail}
        error={fieldErrors.email}
      />
      <FormTextField
        label={t('inviteDialog.name')}
        name="name"
        autoComplete="off"
        required
        value={name}
        onChange={setName}
        error={fieldErrors.name}
      />
      <RoleSelect label={t('inviteDialog.role')} value={role} onChange={setRole} error={fieldErrors.role} />
      <FormTextField
        select
        label={t('inviteDialog.language')}
        value={language}
        onChange={(value) => setLanguage(value as Language)}
        error={fieldErrors.language}
      >
        {SUPPORTED_LANGUAGES.map((option) => (
          <MenuItem key={option} value={option}>
            {t(`common:languages.${toGraphQLLanguage(option)}`)}
          </MenuItem>
        ))}
      </FormTextField>
    </FormDialog>
  );
}
