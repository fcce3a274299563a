import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import type { PolicymakersQuery } from '../../../gql/graphql';
import { EmptyTableRow } from '../../../ui/EmptyTableRow';
import { formatDate } from '../../../ui/formatDateTime';
import { InstitutionLink } from './InstitutionLink';

export type PolicymakerRow = PolicymakersQuery['policymakers']['edges'][number]['node'];

export interface PolicymakersTableProps {
  positions: readonly PolicymakerRow[];
  emptyMessage: string;
}

/** Current positions: who, their title, where, since when. */
export function PolicymakersTable({ positions, emptyMessage }: PolicymakersTableProps) {
  const { t, i18n } = useTranslation(['institutions', 'common']);
  const language = currentLanguage(i18n);
  return (
    <Table aria-label={t('policymakers.table.label')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('policymakers.table.person')}</TableCell>
          <TableCell>{t('policymakers.table.title')}</TableCell>
          <TableCell>{t('policymakers.table.institution')}</TableCell>
          <TableCell>{t('policymakers.table.since')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {positions.length === 0 ? (
          <EmptyTableRow columns={4} message={emptyMessage} />
        ) : (
          positions.map((position) => (
            <TableRow key={position.id} hover>
              <TableCell component="th" scope="row">
                {position.contact ? (
                  <Link component={RouterLink} to={`/contacts/${position.contact.id}`} sx={{ fontWeight: 600 }}>
                    {`${position.contact.firstName} ${position.contact.lastName}`}
                  </Link>
                ) : (
                  t('common:emptyValue')
                )}
              </TableCell>
              <TableCell>{position.title}</TableCell>
              <TableCell>{position.institution ? <InstitutionLink institution={position.institution} /> : t('common:emptyValue')}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <time dateTime={position.startDate}>{formatDate(position.startDate, language)}</time>
              </TableCell>
            </TableRow>
          ))
        )}
      </TableBody>
    </Table>
  );
}
