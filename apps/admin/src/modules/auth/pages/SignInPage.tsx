import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, type Location } from 'react-router';
import { usePageTitle } from '../../../ui/usePageTitle';
import { SignInForm } from '../components/SignInForm';
import { ME_QUERY } from '../graphql/me.query';

/** Where the guard sent the visitor from, and whether they just created their account. */
interface SignInLocationState {
  from?: Pick<Location, 'pathname' | 'search' | 'hash'>;
  accountReady?: boolean;
}

export function SignInPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('signIn.title'));
  const navigate = useNavigate();
  const location = useLocation();
  const state = (location.state ?? {}) as SignInLocationState;
  const { data } = useQuery(ME_QUERY);

  const from = state.from && state.from.pathname !== '/sign-in' ? state.from : { pathname: '/' };
  if (data?.me) return <Navigate to={from} replace />;

  return (
    <Paper variant="outlined" sx={{ p: { xs: 3, sm: 5 } }}>
      <Typography variant="h1" gutterBottom>
        {t('signIn.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {t('signIn.intro')}
      </Typography>
      {state.accountReady ? (
        <Alert severity="success" sx={{ mb: 3 }}>
          {t('signIn.accountReady')}
        </Alert>
      ) : null}
      <SignInForm onSignedIn={() => void navigate(from, { replace: true })} />
      <Typography variant="body2" color="text.secondary" sx={{ mt: 3 }}>
        {t('signIn.invitedHint')}
      </Typography>
    </Paper>
  );
}
