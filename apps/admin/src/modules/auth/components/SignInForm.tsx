import { useApolloClient, useMutation } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readApiProblem, type ApiProblem } from '../../../app/graphql/api-errors';
import { useApiProblemText } from '../../../app/graphql/useApiProblemText';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ME_QUERY } from '../graphql/me.query';
import { SIGN_IN_MUTATION } from '../graphql/sign-in.mutation';

const FIELDS = ['email', 'password'] as const;

export interface SignInFormProps {
  onSignedIn: () => void;
}

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const { t } = useTranslation('auth');
  const describe = useApiProblemText();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const client = useApolloClient();
  const [signIn, { loading }] = useMutation(SIGN_IN_MUTATION);
  const { fieldErrors, alert } = describe(problem, FIELDS);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    try {
      const { data } = await signIn({ variables: { input: { email: email.trim(), password } } });
      if (!data) return;
      // Nothing cached for a previous session (e.g. one that expired in this tab) may show to this user.
      await client.clearStore();
      // Every page reads who is signed in from the `me` query.
      client.writeQuery({ query: ME_QUERY, data: { me: data.signIn } });
      onSignedIn();
    } catch (error) {
      const rejected = readApiProblem(error);
      setProblem(rejected);
      // Never keep a rejected password around.
      if (rejected.code === 'INVALID_CREDENTIALS') setPassword('');
    }
  }

  return (
    <form noValidate onSubmit={submit} aria-label={t('signIn.title')}>
      <Stack spacing={2.5}>
        <ErrorAlert message={alert} />
        <TextField
          label={t('signIn.email')}
          type="email"
          name="email"
          autoComplete="username"
          required
          autoFocus
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={Boolean(fieldErrors.email)}
          helperText={fieldErrors.email}
        />
        <TextField
          label={t('signIn.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={Boolean(fieldErrors.password)}
          helperText={fieldErrors.password}
        />
        <Button type="submit" variant="contained" size="large" loading={loading}>
          {loading ? t('signIn.submitting') : t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
