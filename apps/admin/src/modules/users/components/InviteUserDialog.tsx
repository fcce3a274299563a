import { Language, SUPPORTED_LANGUAGES } from '@alliance/domain';
import { useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import { currentLanguage, toGraphQLLanguage } from '../../../app/i18n';
import type { InviteUserMutation, Role } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormTextField } from '../../../ui/FormTextField';
import { SubmitButton } from '../../../ui/SubmitButton';
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
  const titleId = useId();
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

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
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
    <Dialog
      open={open}
      onClose={close}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle id={titleId}>{t('inviteDialog.title')}</DialogTitle>
      {/* A flex column like the dialog paper, so the fields still scroll on small screens. */}
      <Box
        component="form"
        noValidate
        onSubmit={submit}
        aria-labelledby={titleId}
        sx={{ display: 'flex', flexDirection: 'column', flex: '1 1 auto', minHeight: 0 }}
      >
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('inviteDialog.intro')}</DialogContentText>
          <ErrorAlert message={alert} />
          <Stack spacing={2.5} sx={{ pt: 1 }}>
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
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={close} disabled={loading}>
            {t('common:actions.cancel')}
          </Button>
          <SubmitButton
            label={t('inviteDialog.submit')}
            submittingLabel={t('inviteDialog.submitting')}
            submitting={loading}
          />
        </DialogActions>
      </Box>
    </Dialog>
  );
}
