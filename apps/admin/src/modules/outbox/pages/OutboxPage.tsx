import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';
import { useCursorPagedQuery } from '../../../app/graphql/useCursorPagedQuery';
import { CursorPagedTable } from '../../../ui/CursorPagedTable';
import { PageHeader } from '../../../ui/PageHeader';
import { OutboxMessagesTable } from '../components/OutboxMessagesTable';
import { MAIL_DELIVERY_QUERY } from '../graphql/mail-delivery.query';
import { OUTBOX_MESSAGES_QUERY } from '../graphql/outbox-messages.query';

/** Coordinators: the mail an installation without SMTP kept instead of sending, newest first. */
export function OutboxPage() {
  const { t } = useTranslation('outbox');
  const messages = useCursorPagedQuery(OUTBOX_MESSAGES_QUERY, {
    filter: {},
    connectionOf: (data) => data.outboxMessages,
    // Mail arrives while the page is open: always ask the server.
    fetchPolicy: 'cache-and-network',
  });
  const delivery = useQuery(MAIL_DELIVERY_QUERY).data?.mailDelivery;
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      {delivery && !delivery.outbox ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('smtpInUse')}
        </Alert>
      ) : null}
      <CursorPagedTable list={messages}>{(rows) => <OutboxMessagesTable messages={rows} />}</CursorPagedTable>
    </>
  );
}
