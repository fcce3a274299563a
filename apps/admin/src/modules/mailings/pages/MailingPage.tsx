import EditOutlined from '@mui/icons-material/EditOutlined';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { BackLink } from '../../../ui/BackLink';
import { NoticeSnackbar } from '../../../ui/NoticeSnackbar';
import { PageHeader } from '../../../ui/PageHeader';
import { RecordSection } from '../../../ui/RecordSection';
import { useNotice } from '../../../ui/useNotice';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { DeliveriesSection } from '../components/DeliveriesSection';
import { MailingPreviewSection } from '../components/MailingPreviewSection';
import { MailingSendingSection } from '../components/MailingSendingSection';
import { MailingSummary } from '../components/MailingSummary';
import { useLiveMailingProgress } from '../hooks/useLiveMailingProgress';
import { useMailingNames } from '../hooks/useMailingNames';
import { useMailingRecord } from '../hooks/useMailingRecord';
import { mailingPath, mayManageMailings } from '../mailingOptions';

/**
 * One mailing: where it stands and what can be done now (test, send or schedule, approve, pause, resume, cancel),
 * its live progress and final figures, a preview as a chosen recipient, and what happened to each recipient.
 */
export function MailingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['mailings', 'common']);
  const user = useCurrentUser();
  const [notice, setNotice] = useNotice();
  // Coordinators send and approve from elsewhere too: ask again on each visit.
  const { mailing, fallback } = useMailingRecord(id, 'cache-and-network');
  const names = useMailingNames(mailing);
  useLiveMailingProgress(mailing);
  if (!mailing) return fallback;

  const say = (text: string) => setNotice({ severity: 'success', text });
  const intro = [t(`statuses.${mailing.status}`), names.list?.name].filter(Boolean).join(' · ');

  return (
    <>
      <BackLink to="/mailings" label={t('page.back')} />
      <PageHeader
        title={mailing.name}
        intro={intro}
        actions={
          mayManageMailings(user) && mailing.status === 'DRAFT' ? (
            <Button component={RouterLink} to={`${mailingPath(mailing.id)}/edit`} variant="contained" startIcon={<EditOutlined aria-hidden />}>
              {t('common:actions.edit')}
            </Button>
          ) : null
        }
      />
      <Stack spacing={3} sx={{ maxWidth: 1100 }}>
        <MailingSendingSection mailing={mailing} names={names} onNotice={say} />
        <RecordSection title={t('page.summary')}>
          <MailingSummary mailing={mailing} names={names} />
        </RecordSection>
        <MailingPreviewSection mailingId={mailing.id} languages={mailing.translations.map((translation) => translation.language)} />
        {mailing.status === 'DRAFT' ? null : <DeliveriesSection mailingId={mailing.id} />}
      </Stack>
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}
