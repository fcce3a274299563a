import { useApolloClient, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { hasApiErrorCode } from '../../../app/graphql/api-errors';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDateTime } from '../../../ui/formatDateTime';
import { LoadingState } from '../../../ui/LoadingState';
import { usePageTitle } from '../../../ui/usePageTitle';
import { AcceptInvitationForm } from '../components/AcceptInvitationForm';
import { INVITATION_QUERY } from '../graphql/invitation.query';
import { ME_QUERY } from '../graphql/me.query';

export function AcceptInvitationPage() {
  const { t, i18n } = useTranslation(['auth', 'common', 'errors']);
  usePageTitle(t('acceptInvitation.title'));
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const navigate = useNavigate();
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(INVITATION_QUERY, {
    variables: { token },
    skip: token.length === 0,
    fetchPolicy: 'network-only',
  });

  async function afterAccepted() {
    // If accepting also signed the person in, go straight in; otherwise ask them to sign in.
    const session = await client.query({ query: ME_QUERY, fetchPolicy: 'network-only' }).catch(() => null);
    if (session?.data?.me) await navigate('/', { replace: true });
    else await navigate('/sign-in', { replace: true, state: { accountReady: true } });
  }

  let content;
  if (token.length === 0 || hasApiErrorCode(error, 'INVITATION_INVALID')) {
    content = (
      <InvitationUnusable
        title={t('acceptInvitation.invalidTitle')}
        body={token.length === 0 ? t('acceptInvitation.missingToken') : t('errors:INVITATION_INVALID')}
      />
    );
  } else if (hasApiErrorCode(error, 'INVITATION_EXPIRED')) {
    content = <InvitationUnusable title={t('acceptInvitation.expiredTitle')} body={t('errors:INVITATION_EXPIRED')} />;
  } else if (loading) {
    content = <LoadingState />;
  } else if (error || !data) {
    content = <ErrorAlert message={t('errors:network')} onRetry={() => void refetch()} />;
  } else {
    const { invitation } = data;
    content = (
      <>
        <Typography sx={{ mb: 1 }}>
          {t('acceptInvitation.intro', { role: t(`common:roles.${invitation.role}`) })}
        </Typography>
        <Typography color="text.secondary">{t('acceptInvitation.invitedEmail', { email: invitation.email })}</Typography>
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          {t('acceptInvitation.expiresAt', { date: formatDateTime(invitation.expiresAt, i18n.language) })}
        </Typography>
        <AcceptInvitationForm token={token} invitedName={invitation.name} onAccepted={() => void afterAccepted()} />
      </>
    );
  }

  return (
    <Paper variant="outlined" sx={{ p: { xs: 3, sm: 5 } }}>
      <Typography variant="h1" gutterBottom>
        {t('acceptInvitation.title')}
      </Typography>
      {content}
    </Paper>
  );
}

function InvitationUnusable({ title, body }: { title: string; body: string }) {
  const { t } = useTranslation('auth');
  return (
    <>
      <Alert severity="warning" sx={{ mb: 3 }}>
        <AlertTitle>{title}</AlertTitle>
        {body}
      </Alert>
      <Button component={RouterLink} to="/sign-in" variant="outlined">
        {t('acceptInvitation.goToSignIn')}
      </Button>
    </>
  );
}
