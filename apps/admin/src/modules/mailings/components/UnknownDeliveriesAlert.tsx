import ReplayOutlined from '@mui/icons-material/ReplayOutlined';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMailingAction } from '../hooks/useMailingAction';
import { currentLanguage } from '../../../app/i18n';
import type { MailingFieldsFragment } from '../../../gql/graphql';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { RESEND_UNKNOWN_DELIVERIES_MUTATION } from '../graphql/resend-unknown-deliveries.mutation';
import { formatCount, mayManageMailings } from '../mailingOptions';

export interface UnknownDeliveriesAlertProps {
  mailing: Pick<MailingFieldsFragment, 'id' | 'name' | 'progress'>;
  onNotice: (text: string) => void;
}

/**
 * Deliveries that were being handed to the mail server when a sending process died: they may or may not have
 * arrived. Never resent by themselves (a second copy of an alert does harm too); a coordinator decides.
 */
export function UnknownDeliveriesAlert({ mailing, onNotice }: UnknownDeliveriesAlertProps) {
  const { t, i18n } = useTranslation('mailings');
  const language = currentLanguage(i18n);
  const user = useCurrentUser();
  const [confirming, setConfirming] = useState(false);
  const [resend] = useMutation(RESEND_UNKNOWN_DELIVERIES_MUTATION);
  const action = useMailingAction();
  const count = mailing.progress.unknown;
  const people = formatCount(count, language);

  return (
    <>
      <Alert
        severity="warning"
        action={
          mayManageMailings(user) ? (
            <Button color="inherit" size="small" startIcon={<ReplayOutlined aria-hidden />} onClick={() => setConfirming(true)}>
              {t('unknown.resend', { count, people })}
            </Button>
          ) : undefined
        }
      >
        <AlertTitle>{t('unknown.title', { count, people })}</AlertTitle>
        {t('unknown.explanation')}
      </Alert>
      <ConfirmDialog
        open={confirming}
        title={t('unknown.confirmTitle', { count, people })}
        body={t('unknown.confirmBody')}
        confirmLabel={t('unknown.confirm')}
        busy={action.busy}
        error={action.alert}
        onConfirm={() =>
          void action.run(() => resend({ variables: { id: mailing.id } })).then((done) => {
            if (!done) return;
            setConfirming(false);
            onNotice(t('unknown.resent', { count, people }));
          })
        }
        onClose={() => {
          action.clear();
          setConfirming(false);
        }}
      />
    </>
  );
}
