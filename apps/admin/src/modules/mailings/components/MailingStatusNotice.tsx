import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { MailingStatus } from '../../../gql/graphql';
import { mailingPath } from '../mailingOptions';

/** Said instead of the composer once sending was asked for: the text people receive no longer changes. */
export function MailingStatusNotice({ mailing }: { mailing: { id: string; status: MailingStatus } }) {
  const { t } = useTranslation('mailings');
  return (
    <Alert
      severity="info"
      action={
        <Button component={RouterLink} to={mailingPath(mailing.id)} color="inherit" size="small">
          {t('composer.openMailing')}
        </Button>
      }
    >
      {t('composer.notDraft', { status: t(`statuses.${mailing.status}`) })}
    </Alert>
  );
}
