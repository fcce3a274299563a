import { PASSWORD_MIN_LENGTH } from '@alliance/domain';
import { useMutation } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readApiProblem, type ApiProblem } from '../../../app/graphql/api-errors';
import { useApiProblemText } from '../../../app/graphql/useApiProblemText';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ACCEPT_INVITATION_MUTATION } from '../graphql/accept-invitation.mutation';

const FIELDS = ['name', 'password'] as const;

export interface AcceptInvitationFormProps {
  token: string;
  invitedName: string;
  onAccepted: () => void;
}

export function AcceptInvitationForm({ token, invitedName, onAccepted }: AcceptInvitationFormProps) {
  const { t } = useTranslation('auth');
  const describe = useApiProblemText();
  const [name, setName] = useState(invitedName);
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [checked, setChecked] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [acceptInvitation, { loading }] = useMutation(ACCEPT_INVITATION_MUTATION);

  // Explain the rules before the API has to: the API enforces the same ones.
  const localErrors = {
    name: name.trim().length === 0 ? t('acceptInvitation.nameRequired') : undefined,
    password:
      password.length < PASSWORD_MIN_LENGTH
        ? t('acceptInvitation.passwordTooShort', { count: PASSWORD_MIN_LENGTH })
        : undefined,
    confirmation: confirmation !== password ? t('acceptInvitation.passwordsDiffer') : undefined,
  };
  const { fieldErrors, alert } = describe(problem, FIELDS);
  const errors = {
    name: (checked ? localErrors.name : undefined) ?? fieldErrors.name,
    password: (checked ? localErrors.password : undefined) ?? fieldErrors.password,
    confirmation: checked ? localErrors.confirmation : undefined,
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    setProblem(null);
    if (localErrors.name || localErrors.password || localErrors.confirmation) return;
    try {
      await acceptInvitation({ variables: { input: { token, name: name.trim(), password } } });
      onAccepted();
    } catch (error) {
      setProblem(readApiProblem(error));
    }
  }

  return (
    <form noValidate onSubmit={submit} aria-label={t('acceptInvitation.title')}>
      <Stack spacing={2.5}>
        <ErrorAlert message={alert} />
        <TextField
          label={t('acceptInvitation.name')}
          name="name"
          autoComplete="name"
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={Boolean(errors.name)}
          helperText={errors.name}
        />
        <TextField
          label={t('acceptInvitation.password')}
          type="password"
          name="new-password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={Boolean(errors.password)}
          helperText={errors.password ?? t('acceptInvitation.passwordHint', { count: PASSWORD_MIN_LENGTH })}
          slotProps={{ htmlInput: { minLength: PASSWORD_MIN_LENGTH } }}
        />
        <TextField
          label={t('acceptInvitation.confirmPassword')}
          type="password"
          name="confirm-password"
          autoComplete="new-password"
          required
          value={confirmation}
          onChange={(event) => setConfirmation(event.target.value)}
          error={Boolean(errors.confirmation)}
          helperText={errors.confirmation}
        />
        <Button type="submit" variant="contained" size="large" loading={loading}>
          {loading ? t('acceptInvitation.submitting') : t('acceptInvitation.submit')}
        </Button>
      </Stack>
    </form>
  );
}
