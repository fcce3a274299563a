import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { OutboxMessagesQuery } from '../../../gql/graphql';
import { EmptyTableRow } from '../../../ui/EmptyTableRow';
import { formatDateTime } from '../../../ui/formatDateTime';

export type OutboxMessageRow = OutboxMessagesQuery['outboxMessages']['edges'][number]['node'];

export function OutboxMessagesTable({ messages }: { messages: readonly OutboxMessageRow[] }) {
  const { t, i18n } = useTranslation('outbox');
  return (
    <Table aria-label={t('table.label')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('table.keptAt')}</TableCell>
          <TableCell>{t('table.to')}</TableCell>
          <TableCell>{t('table.subject')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {messages.length === 0 ? (
          <EmptyTableRow columns={3} message={t('table.empty')} />
        ) : (
          messages.map((message) => (
            <TableRow key={message.id}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <time dateTime={message.keptAt}>{formatDateTime(message.keptAt, i18n.language)}</time>
              </TableCell>
              <TableCell sx={{ wordBreak: 'break-all' }}>{message.to.join(', ')}</TableCell>
              <TableCell>
                <Link component={RouterLink} to={`/outbox/${message.id}`}>
                  {message.subject || t('table.noSubject')}
                </Link>
              </TableCell>
            </TableRow>
          ))
        )}
      </TableBody>
    </Table>
  );
}
