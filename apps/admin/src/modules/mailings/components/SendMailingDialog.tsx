import Typography from '@mui/material/Typography';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import type { AudienceRuleInput, MailingFieldsFragment } from '../../../gql/graphql';
import { FormDialog } from '../../../ui/FormDialog';
import { FormTextField } from '../../../ui/FormTextField';
import { SEND_MAILING_MUTATION } from '../graphql/send-mailing.mutation';
import { useAudienceCount } from '../hooks/useAudienceCount';
import { useRecipientCountText } from './RecipientCount';

export type SendMode = 'now' | 'schedule';

export interface SendMailingDialogProps {
  mailing: Pick<MailingFieldsFragment, 'id' | 'name' | 'listId'>;
  mode: SendMode;
  /** Who it goes to, for the count the dialog states. */
  rule: AudienceRuleInput | null;
  onClose: () => void;
  onSent: (mailing: MailingFieldsFragment) => void;
}

/** A datetime-local value (the browser's local time) as an instant the API takes. */
function toInstant(local: string): string | null {
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Confirms sending now or at a time, saying how many people it will reach. */
export function SendMailingDialog({ mailing, mode, rule, onClose, onSent }: SendMailingDialogProps) {
  const { t } = useTranslation('mailings');
  const [sendMailing, { loading }] = useMutation(SEND_MAILING_MUTATION);
  const { fieldErrors, alert, attempt } = useApiProblem(['scheduledAt'] as const);
  const [scheduledAt, setScheduledAt] = useState('');
  const [checked, setChecked] = useState(false);
  const { count, error } = useAudienceCount(mailing.listId, rule);
  const describe = useRecipientCountText();
  const instant = mode === 'schedule' ? toInstant(scheduledAt) : null;
  const scheduleError = mode === 'schedule' && checked && !instant ? t('send.errors.scheduledAt') : undefined;

  function submit() {
    setChecked(true);
    if (mode === 'schedule' && !instant) return;
    void attempt(async () => {
      const { data } = await sendMailing({ variables: { input: { id: mailing.id, ...(instant ? { scheduledAt: instant } : {}) } } });
      if (data) onSent(data.sendMailing);
    });
  }

  return (
    <FormDialog
      title={mode === 'now' ? t('send.nowTitle', { name: mailing.name }) : t('send.scheduleTitle', { name: mailing.name })}
      alert={alert}
      submitting={loading}
      submitLabel={mode === 'now' ? t('send.sendNow') : t('send.schedule')}
      submittingLabel={t('send.sending')}
      onSubmit={submit}
      onClose={onClose}
    >
      <Typography role="status" sx={{ fontWeight: 600 }}>
        {count ? describe(count) : error ? t('count.failed', { reason: error }) : t('count.counting')}
      </Typography>
      <Typography color="text.secondary">{t('send.approvalNote')}</Typography>
      {mode === 'schedule' ? (
        <FormTextField
          label={t('send.scheduledAt')}
          type="datetime-local"
          required
          value={scheduledAt}
          onChange={setScheduledAt}
          error={fieldErrors.scheduledAt ?? scheduleError}
          helperText={t('send.scheduledAtHelp')}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      ) : null}
    </FormDialog>
  );
}
