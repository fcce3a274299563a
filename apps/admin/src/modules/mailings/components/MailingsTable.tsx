import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import type { MailingSummaryFieldsFragment } from '../../../gql/graphql';
import { EmptyTableRow } from '../../../ui/EmptyTableRow';
import { formatDate } from '../../../ui/formatDateTime';
import { formatCount, LIVE_STATUSES, mailingPath } from '../mailingOptions';
import { handledPercent } from './MailingProgress';
import { MailingStatusChip } from './MailingStatusChip';

const COLUMNS = 6;

export interface MailingsTableProps {
  mailings: readonly MailingSummaryFieldsFragment[];
  emptyMessage: string;
}

/** Mailings with their status, list, how many they reach and how many have left, and when they were created. */
export function MailingsTable({ mailings, emptyMessage }: MailingsTableProps) {
  const { t, i18n } = useTranslation(['mailings', 'common']);
  const language = currentLanguage(i18n);
  const n = (value: number) => formatCount(value, language);
  return (
    <Table aria-label={t('table.label')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('table.name')}</TableCell>
          <TableCell>{t('table.status')}</TableCell>
          <TableCell>{t('table.list')}</TableCell>
          <TableCell align="right">{t('table.recipients')}</TableCell>
          <TableCell>{t('table.sent')}</TableCell>
          <TableCell>{t('table.created')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {mailings.length === 0 ? (
          <EmptyTableRow columns={COLUMNS} message={emptyMessage} />
        ) : (
          mailings.map((mailing) => {
            const { progress } = mailing;
            const recipients = progress.total > 0 ? progress.total : mailing.requestedRecipientCount;
            const percent = handledPercent(progress, mailing.status);
            return (
              <TableRow key={mailing.id} hover>
                <TableCell component="th" scope="row">
                  <Link component={RouterLink} to={mailingPath(mailing.id)} sx={{ fontWeight: 600 }}>
                    {mailing.name}
                  </Link>
                </TableCell>
                <TableCell>
                  <MailingStatusChip status={mailing.status} />
                </TableCell>
                <TableCell>{mailing.list?.name ?? t('common:emptyValue')}</TableCell>
                <TableCell align="right">{recipients === null || recipients === undefined ? t('common:emptyValue') : n(recipients)}</TableCell>
                <TableCell sx={{ minWidth: 160 }}>
                  {progress.total > 0 ? (
                    <>
                      {t('table.sentOf', { sent: n(progress.sent), total: n(progress.total) })}
                      {LIVE_STATUSES.includes(mailing.status) ? (
                        <Box sx={{ mt: 0.5 }}>
                          <LinearProgress
                            variant="determinate"
                            value={percent}
                            aria-label={t('table.progressOf', { name: mailing.name })}
                            aria-valuetext={t('table.percentHandled', { percent })}
                          />
                        </Box>
                      ) : null}
                    </>
                  ) : (
                    t('common:emptyValue')
                  )}
                </TableCell>
                <TableCell>{formatDate(mailing.createdAt, language)}</TableCell>
              </TableRow>
            );
          })
        )}
      </TableBody>
    </Table>
  );
}
