import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import { FormTextField } from '../../../ui/FormTextField';
import { ME_QUERY } from '../graphql/me.query';
import { SIGN_IN_MUTATION } from '../graphql/sign-in.mutation';
import { AuthForm } from './AuthForm';

const FIELDS = ['email', 'password'] as const;

export interface SignInFormProps {
  onSignedIn: () => void;
}

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const { t } = useTranslation('auth');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { fieldErrors, alert, attempt } = useApiProblem(FIELDS);
  const client = useApolloClient();
  const [signIn, { loading }] = useMutation(SIGN_IN_MUTATION);

  async function submit() {
    const rejected = await attempt(async () => {
      const { data } = await signIn({ variables: { input: { email: email.trim(), password } } });
      if (!data) return;
      // Nothing cached for a previous session (e.g. one that expired in this tab) may show to this user.
      await client.clearStore();
      // Every page reads who is signed in from the `me` query.
      client.writeQuery({ query: ME_QUERY, data: { me: data.signIn } });
      onSignedIn();
    });
    // Never keep a rejected password around.
    if (rejected?.code === 'INVALID_CREDENTIALS') setPassword('');
  }

  return (
    <AuthForm
      title={t('signIn.title')}
      alert={alert}
      submitLabel={t('signIn.submit')}
      submittingLabel={t('signIn.submitting')}
      submitting={loading}
      onSubmit={submit}
    >
      <FormTextField
        label={t('signIn.email')}
        type="email"
        name="email"
        autoComplete="username"
        required
        autoFocus
        value={email}
        onChange={setEmail}
        error={fieldErrors.email}
      />
      <FormTextField
        label={t('signIn.password')}
        type="password"
        name="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={setPassword}
        error={fieldErrors.password}
      />
    </AuthForm>
  );
}
