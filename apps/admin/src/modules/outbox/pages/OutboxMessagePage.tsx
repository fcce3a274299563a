import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useRecordQuery } from '../../../app/graphql/useRecordQuery';
import { BackLink } from '../../../ui/BackLink';
import { DetailList } from '../../../ui/DetailList';
import { formatDateTime } from '../../../ui/formatDateTime';
import { PageHeader } from '../../../ui/PageHeader';
import { OUTBOX_MESSAGE_QUERY } from '../graphql/outbox-message.query';

type View = 'html' | 'text' | 'source';

/** One kept message: its HTML rendered in a sandbox (no scripts, no same-origin access), its text, its source. */
export function OutboxMessagePage() {
  const { t, i18n } = useTranslation('outbox');
  const { id = '' } = useParams();
  const { record: message, fallback } = useRecordQuery(OUTBOX_MESSAGE_QUERY, {
    id,
    recordOf: (data) => data.outboxMessage,
    notFound: { title: t('message.notFoundTitle'), body: t('message.notFoundBody'), back: { to: '/outbox', label: t('message.back') } },
  });
  const [chosen, setView] = useState<View | null>(null);
  if (!message) return <>{fallback}</>;
  const view: View = chosen ?? (message.html ? 'html' : message.text ? 'text' : 'source');
  return (
    <>
      <BackLink to="/outbox" label={t('message.back')} />
      <PageHeader title={message.subject || t('table.noSubject')} />
      <DetailList
        details={[
          { label: t('message.keptAt'), value: formatDateTime(message.keptAt, i18n.language) },
          { label: t('message.from'), value: message.from },
          { label: t('message.to'), value: message.to.join(', ') },
          { label: t('message.size'), value: t('message.sizeBytes', { count: message.sizeBytes }) },
        ]}
      />
      <Tabs value={view} onChange={(_event, next: View) => setView(next)} aria-label={t('message.views')} sx={{ mt: 3 }}>
        <Tab value="html" label={t('message.html')} disabled={!message.html} id="outbox-tab-html" aria-controls="outbox-view" />
        <Tab value="text" label={t('message.text')} disabled={!message.text} id="outbox-tab-text" aria-controls="outbox-view" />
        <Tab value="source" label={t('message.source')} id="outbox-tab-source" aria-controls="outbox-view" />
      </Tabs>
      <Paper variant="outlined" id="outbox-view" role="tabpanel" aria-labelledby={`outbox-tab-${view}`} sx={{ mt: 1 }}>
        {view === 'html' && message.html ? (
          // An empty sandbox: the mail's HTML can neither run scripts nor reach this page, its cookies or the API.
          <Box component="iframe" title={t('message.htmlFrame')} sandbox="" srcDoc={message.html} sx={{ width: '100%', height: '70vh', border: 0, display: 'block' }} />
        ) : (
          // Focusable, so keyboard users can scroll a long source.
          <Box component="pre" tabIndex={0} sx={{ m: 0, p: 2, overflow: 'auto', maxHeight: '70vh', whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontSize: '0.85rem' }}>
            {view === 'text' ? message.text : message.source}
          </Box>
        )}
      </Paper>
    </>
  );
}
