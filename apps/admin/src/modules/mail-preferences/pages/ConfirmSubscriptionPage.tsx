import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { confirmSubscription, type Confirmation, type RefusalKind } from '../api/publicMailApi';
import { LinkProblem, Outcome, PublicMailPage, refusalKind } from '../components/PublicMailPage';

/**
 * /subscribe/confirm?token=...: the double opt-in link. Confirms only on a button press, never on
 * load: mail security scanners open every link in a message, and must not subscribe anyone.
 */
export function ConfirmSubscriptionPage() {
  const { t, i18n } = useTranslation('mailPreferences');
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const [confirming, setConfirming] = useState(false);
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const [problem, setProblem] = useState<RefusalKind | null>(null);

  async function confirm() {
    setConfirming(true);
    setProblem(null);
    try {
      setConfirmation(await confirmSubscription(token));
    } catch (error) {
      setProblem(refusalKind(error));
    } finally {
      setConfirming(false);
    }
  }

  const subscribeAgain = (
    <Button component={RouterLink} to="/subscribe" variant="outlined">
      {t('confirm.subscribeAgain')}
    </Button>
  );

  if (!token) {
    return (
      <PublicMailPage title={t('confirm.title')}>
        <LinkProblem body={t('confirm.missingToken')} />
      </PublicMailPage>
    );
  }
  if (problem === 'LINK_INVALID') {
    return (
      <PublicMailPage title={t('confirm.title')}>
        <LinkProblem body={t('problems.LINK_INVALID')} action={subscribeAgain} />
      </PublicMailPage>
    );
  }
  if (problem === 'CONFIRMATION_EXPIRED') {
    return (
      <PublicMailPage title={t('confirm.title')}>
        <LinkProblem title={t('confirm.expiredTitle')} body={t('problems.CONFIRMATION_EXPIRED')} action={subscribeAgain} />
      </PublicMailPage>
    );
  }
  if (confirmation) {
    const names = new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' }).format(confirmation.lists.map((list) => list.name));
    return (
      <PublicMailPage title={t('confirm.doneTitle')}>
        <Outcome>{confirmation.lists.length ? t('confirm.doneLists', { lists: names }) : t('confirm.doneNone')}</Outcome>
        <Button component={RouterLink} to={`/preferences?${new URLSearchParams({ token: confirmation.preferencesToken }).toString()}`} variant="outlined">
          {t('confirm.managePreferences')}
        </Button>
      </PublicMailPage>
    );
  }
  return (
    <PublicMailPage title={t('confirm.title')}>
      <Stack spacing={3} sx={{ alignItems: 'flex-start' }}>
        <ErrorAlert message={problem ? t(`problems.${problem}`) : null} />
        <Typography>{t('confirm.intro')}</Typography>
        <Button variant="contained" size="large" loading={confirming} onClick={() => void confirm()} sx={{ width: { xs: '100%', sm: 'auto' } }}>
          {confirming ? t('confirm.submitting') : t('confirm.submit')}
        </Button>
      </Stack>
    </PublicMailPage>
  );
}
