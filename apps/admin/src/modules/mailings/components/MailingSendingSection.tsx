import CancelScheduleSendOutlined from '@mui/icons-material/CancelScheduleSendOutlined';
import PauseOutlined from '@mui/icons-material/PauseOutlined';
import PlayArrowOutlined from '@mui/icons-material/PlayArrowOutlined';
import ScheduleSendOutlined from '@mui/icons-material/ScheduleSendOutlined';
import SendOutlined from '@mui/icons-material/SendOutlined';
import VerifiedOutlined from '@mui/icons-material/VerifiedOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMailingAction } from '../hooks/useMailingAction';
import { currentLanguage } from '../../../app/i18n';
import type { MailingFieldsFragment } from '../../../gql/graphql';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDateTime } from '../../../ui/formatDateTime';
import { RecordSection } from '../../../ui/RecordSection';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { APPROVE_MAILING_MUTATION } from '../graphql/approve-mailing.mutation';
import { CANCEL_MAILING_MUTATION } from '../graphql/cancel-mailing.mutation';
import { PAUSE_MAILING_MUTATION } from '../graphql/pause-mailing.mutation';
import { RESUME_MAILING_MUTATION } from '../graphql/resume-mailing.mutation';
import { TEST_SEND_MAILING_MUTATION } from '../graphql/test-send-mailing.mutation';
import type { MailingNames } from '../hooks/useMailingNames';
import { CANCELLABLE_STATUSES, formatCount, mayApprove, mayManageMailings } from '../mailingOptions';
import { MailingProgress } from './MailingProgress';
import { RecipientCount } from './RecipientCount';
import { SendMailingDialog, type SendMode } from './SendMailingDialog';
import { UnknownDeliveriesAlert } from './UnknownDeliveriesAlert';

export interface MailingSendingSectionProps {
  mailing: MailingFieldsFragment;
  names: MailingNames;
  onNotice: (text: string) => void;
}

type Confirming = 'approve' | 'cancel' | null;

/**
 * Where a mailing stands and what can be done now: test and send a draft (now or later), approve it as the second
 * coordinator, watch it send with pause, resume and cancel, and read the final figures.
 */
export function MailingSendingSection({ mailing, names, onNotice }: MailingSendingSectionProps) {
  const { t, i18n } = useTranslation(['mailings', 'common']);
  const language = currentLanguage(i18n);
  const user = useCurrentUser();
  const manager = mayManageMailings(user);
  const action = useMailingAction();
  const [sending, setSending] = useState<SendMode | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [testSend] = useMutation(TEST_SEND_MAILING_MUTATION);
  const [approve] = useMutation(APPROVE_MAILING_MUTATION);
  const [pause] = useMutation(PAUSE_MAILING_MUTATION);
  const [resume] = useMutation(RESUME_MAILING_MUTATION);
  const [cancel] = useMutation(CANCEL_MAILING_MUTATION);
  const nameOf = (person: { name: string } | null | undefined) => person?.name ?? t('page.someCoordinator');
  const { status } = mailing;
  const requested = formatCount(mailing.requestedRecipientCount ?? 0, language);
  const hasStarted = Boolean(mailing.startedAt) || mailing.progress.total > 0;

  const run = async (call: () => Promise<unknown>, done: string) => {
    if (await action.run(call)) {
      setConfirming(null);
      onNotice(done);
    }
  };

  const buttons = (
    <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', rowGap: 1.5 }}>
      {manager && status === 'DRAFT' ? (
        <>
          <Button
            variant="outlined"
            loading={action.busy && !sending && !confirming}
            onClick={() => void run(() => testSend({ variables: { id: mailing.id } }), t('send.testSent', { email: user.email }))}
          >
            {t('send.test')}
          </Button>
          <Button variant="contained" startIcon={<SendOutlined aria-hidden />} disabled={!mailing.audienceId} onClick={() => setSending('now')}>
            {t('send.sendNow')}
          </Button>
          <Button variant="outlined" startIcon={<ScheduleSendOutlined aria-hidden />} disabled={!mailing.audienceId} onClick={() => setSending('schedule')}>
            {t('send.schedule')}
          </Button>
        </>
      ) : null}
      {status === 'AWAITING_APPROVAL' && mayApprove(user, mailing.sendRequestedById) ? (
        <Button variant="contained" startIcon={<VerifiedOutlined aria-hidden />} onClick={() => setConfirming('approve')}>
          {t('approval.approve')}
        </Button>
      ) : null}
      {manager && status === 'SENDING' ? (
        <Button
          variant="outlined"
          startIcon={<PauseOutlined aria-hidden />}
          loading={action.busy && !confirming}
          onClick={() => void run(() => pause({ variables: { id: mailing.id } }), t('send.paused'))}
        >
          {t('send.pause')}
        </Button>
      ) : null}
      {manager && status === 'PAUSED' ? (
        <Button
          variant="contained"
          startIcon={<PlayArrowOutlined aria-hidden />}
          loading={action.busy && !confirming}
          onClick={() => void run(() => resume({ variables: { id: mailing.id } }), t('send.resumed'))}
        >
          {t('send.resume')}
        </Button>
      ) : null}
      {manager && CANCELLABLE_STATUSES.includes(status) ? (
        <Button color="error" variant="outlined" startIcon={<CancelScheduleSendOutlined aria-hidden />} onClick={() => setConfirming('cancel')}>
          {t('send.cancel')}
        </Button>
      ) : null}
    </Stack>
  );

  return (
    <RecordSection title={t('page.sending')}>
      <Stack spacing={2.5}>
        <ErrorAlert message={confirming ? null : action.alert} />
        {status === 'DRAFT' ? (
          <>
            <Typography color="text.secondary">{manager ? t('page.draftHelp') : t('page.draftHelpReader')}</Typography>
            {mailing.audienceId ? <RecipientCount listId={mailing.listId} rule={names.rule} /> : <Alert severity="warning">{t('page.noAudience')}</Alert>}
          </>
        ) : null}
        {status === 'AWAITING_APPROVAL' ? (
          <Alert severity="warning">
            {t('approval.asked', { name: nameOf(mailing.sendRequestedBy), count: mailing.requestedRecipientCount ?? 0, people: requested })}{' '}
            {mailing.sendRequestedById === user.id ? t('approval.waiting') : manager ? t('approval.yourTurn') : t('approval.others')}
          </Alert>
        ) : null}
        {status === 'SCHEDULED' ? (
          <Typography>
            {mailing.scheduledAt && new Date(mailing.scheduledAt).getTime() > Date.now()
              ? t('page.scheduledFor', { date: formatDateTime(mailing.scheduledAt, language) })
              : t('page.starting')}
          </Typography>
        ) : null}
        {mailing.approvedById ? (
          <Typography color="text.secondary">
            {t('approval.approvedBy', { name: nameOf(mailing.approvedBy), date: mailing.approvedAt ? formatDateTime(mailing.approvedAt, language) : '' })}
          </Typography>
        ) : null}
        {hasStarted ? <MailingProgress progress={mailing.progress} status={status} /> : null}
        {status === 'FINISHED' && mailing.finishedAt ? (
          <Typography>{t('page.finishedAt', { date: formatDateTime(mailing.finishedAt, language) })}</Typography>
        ) : null}
        {status === 'CANCELLED' ? <Typography>{t('page.cancelled')}</Typography> : null}
        {mailing.progress.unknown > 0 ? <UnknownDeliveriesAlert mailing={mailing} onNotice={onNotice} /> : null}
        {buttons}
      </Stack>
      {sending ? (
        <SendMailingDialog
          mailing={mailing}
          mode={sending}
          rule={names.rule}
          onClose={() => setSending(null)}
          onSent={(sent) => {
            setSending(null);
            onNotice(
              sent.status === 'AWAITING_APPROVAL'
                ? t('send.needsApproval')
                : sent.status === 'SCHEDULED' && sent.scheduledAt && new Date(sent.scheduledAt).getTime() > Date.now()
                  ? t('send.scheduled', { date: formatDateTime(sent.scheduledAt, language) })
                  : t('send.started'),
            );
          }}
        />
      ) : null}
      <ConfirmDialog
        open={confirming === 'approve'}
        title={t('approval.confirmTitle', { name: mailing.name })}
        body={t('approval.confirmBody', { count: mailing.requestedRecipientCount ?? 0, people: requested, requester: nameOf(mailing.sendRequestedBy) })}
        confirmLabel={t('approval.approve')}
        busy={action.busy}
        error={action.alert}
        onConfirm={() => void run(() => approve({ variables: { id: mailing.id } }), t('approval.approved'))}
        onClose={() => {
          action.clear();
          setConfirming(null);
        }}
      />
      <ConfirmDialog
        open={confirming === 'cancel'}
        title={t('send.cancelTitle', { name: mailing.name })}
        body={t('send.cancelBody')}
        confirmLabel={t('send.cancelConfirm')}
        destructive
        busy={action.busy}
        error={action.alert}
        onConfirm={() => void run(() => cancel({ variables: { id: mailing.id } }), t('send.cancelled'))}
        onClose={() => {
          action.clear();
          setConfirming(null);
        }}
      />
    </RecordSection>
  );
}
