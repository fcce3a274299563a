import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import type { OrganisationRowFieldsFragment, OrganisationSortField, OrganisationsSort } from '../../../gql/graphql';
import { EmptyTableRow } from '../../../ui/EmptyTableRow';
import { formatDate } from '../../../ui/formatDateTime';
import { countryName } from '../../countries/countryName';
import { MembershipStatusChip } from './MembershipStatusChip';

export interface OrganisationsTableProps {
  organisations: readonly OrganisationRowFieldsFragment[];
  sort: OrganisationsSort;
  onSort: (sort: OrganisationsSort) => void;
  /** What to say when there is no row: how to add the first one, or that the filters match nothing. */
  emptyMessage: string;
}

export function OrganisationsTable({ organisations, sort, onSort, emptyMessage }: OrganisationsTableProps) {
  const { t, i18n } = useTranslation(['organisations', 'common']);
  const language = currentLanguage(i18n);

  function sortHeader(field: OrganisationSortField, label: string) {
    const active = sort.field === field;
    const direction = active && sort.direction === 'DESC' ? 'desc' : 'asc';
    return (
      <TableCell sortDirection={active ? direction : false}>
        <TableSortLabel
          active={active}
          direction={direction}
          onClick={() => onSort({ field, direction: active && sort.direction === 'ASC' ? 'DESC' : 'ASC' })}
        >
          {label}
        </TableSortLabel>
      </TableCell>
    );
  }

  return (
    <Table aria-label={t('table.label')}>
      <TableHead>
        <TableRow>
          {sortHeader('NAME', t('table.name'))}
          <TableCell>{t('table.acronym')}</TableCell>
          <TableCell>{t('table.type')}</TableCell>
          <TableCell>{t('table.country')}</TableCell>
          <TableCell>{t('table.status')}</TableCell>
          {sortHeader('MEMBER_SINCE', t('table.memberSince'))}
        </TableRow>
      </TableHead>
      <TableBody>
        {organisations.length === 0 ? (
          <EmptyTableRow columns={6} message={emptyMessage} />
        ) : (
          organisations.map((organisation) => (
            <TableRow key={organisation.id} hover>
              <TableCell component="th" scope="row">
                <Link component={RouterLink} to={`/organisations/${organisation.id}`} sx={{ fontWeight: 600 }}>
                  {organisation.name}
                </Link>
              </TableCell>
              <TableCell>{organisation.acronym ?? t('common:emptyValue')}</TableCell>
              <TableCell>{t(`types.${organisation.type}`)}</TableCell>
              <TableCell>{organisation.country ? countryName(organisation.country, language) : t('common:emptyValue')}</TableCell>
              <TableCell>
                <MembershipStatusChip status={organisation.membershipStatus} />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {organisation.memberSince ? (
                  <time dateTime={organisation.memberSince}>{formatDate(organisation.memberSince, language)}</time>
                ) : (
                  t('common:emptyValue')
                )}
              </TableCell>
            </TableRow>
          ))
        )}
      </TableBody>
    </Table>
  );
}
