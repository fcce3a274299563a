import { PASSWORD_MIN_LENGTH } from '@alliance/domain';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import { FormTextField } from '../../../ui/FormTextField';
import { ACCEPT_INVITATION_MUTATION } from '../graphql/accept-invitation.mutation';
import { AuthForm } from './AuthForm';

const FIELDS = ['name', 'password'] as const;

export interface AcceptInvitationFormProps {
  token: string;
  invitedName: string;
  onAccepted: () => void;
}

export function AcceptInvitationForm({ token, invitedName, onAccepted }: AcceptInvitationFormProps) {
  const { t } = useTranslation('auth');
  const [name, setName] = useState(invitedName);
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [checked, setChecked] = useState(false);
  const { fieldErrors, alert, attempt, clear } = useApiProblem(FIELDS);
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
  const errors = {
    name: (checked ? localErrors.name : undefined) ?? fieldErrors.name,
    password: (checked ? localErrors.password : undefined) ?? fieldErrors.password,
    confirmation: checked ? localErrors.confirmation : undefined,
  };

  async function submit() {
    setChecked(true);
    if (localErrors.name || localErrors.password || localErrors.confirmation) {
      clear();
      return;
    }
    await attempt(async () => {
      await acceptInvitation({ variables: { input: { token, name: name.trim(), password } } });
      onAccepted();
    });
  }

  return (
    <AuthForm
      title={t('acceptInvitation.title')}
      alert={alert}
      submitLabel={t('acceptInvitation.submit')}
      submittingLabel={t('acceptInvitation.submitting')}
      submitting={loading}
      onSubmit={submit}
    >
      <FormTextField
        label={t('acceptInvitation.name')}
        name="name"
        autoComplete="name"
        required
        value={name}
        onChange={setName}
        error={errors.name}
      />
      <FormTextField
        label={t('acceptInvitation.password')}
        type="password"
        name="new-password"
        autoComplete="new-password"
        required
        value={password}
        onChange={setPassword}
        error={errors.password}
        helperText={t('acceptInvitation.passwordHint', { count: PASSWORD_MIN_LENGTH })}
        slotProps={{ htmlInput: { minLength: PASSWORD_MIN_LENGTH } }}
      />
      <FormTextField
        label={t('acceptInvitation.confirmPassword')}
        type="password"
        name="confirm-password"
        autoComplete="new-password"
        required
        value={confirmation}
        onChange={setConfirmation}
        error={errors.confirmation}
      />
    </AuthForm>
  );
}
