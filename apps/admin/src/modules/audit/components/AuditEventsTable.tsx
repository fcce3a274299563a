import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { AuditEventsQuery } from '../../../gql/graphql';
import { EmptyTableRow } from '../../../ui/EmptyTableRow';
import { formatDateTime } from '../../../ui/formatDateTime';
import { AuditChanges } from './AuditChanges';

export type AuditEventRow = AuditEventsQuery['auditEvents']['edges'][number]['node'];

export function AuditEventsTable({ events }: { events: readonly AuditEventRow[] }) {
  const { t, i18n } = useTranslation('audit');
  return (
    <Table aria-label={t('table.label')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('table.when')}</TableCell>
          <TableCell>{t('table.who')}</TableCell>
          <TableCell>{t('table.action')}</TableCell>
          <TableCell>{t('table.record')}</TableCell>
          <TableCell>{t('table.changes')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {events.length === 0 ? (
          <EmptyTableRow columns={5} message={t('table.empty')} />
        ) : (
          events.map((event) => (
            <TableRow key={event.id} sx={{ verticalAlign: 'top' }}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, i18n.language)}</time>
              </TableCell>
              <TableCell>
                {event.actor ? (
                  <>
                    {event.actor.name}
                    <Typography variant="body2" color="text.secondary" sx={{ wordBreak: 'break-all' }}>
                      {event.actor.email}
                    </Typography>
                  </>
                ) : (
                  <Typography component="span" color="text.secondary">
                    {t('table.system')}
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                <code>{event.action}</code>
              </TableCell>
              <TableCell>
                {event.entityType}
                <Typography variant="body2" color="text.secondary" sx={{ wordBreak: 'break-all' }}>
                  {event.entityId}
                </Typography>
              </TableCell>
              <TableCell>
                <AuditChanges changes={event.changes} />
              </TableCell>
            </TableRow>
          ))
        )}
      </TableBody>
    </Table>
  );
}
