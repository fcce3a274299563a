import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import type { InstitutionsQuery } from '../../../gql/graphql';
import { EmptyTableRow } from '../../../ui/EmptyTableRow';
import { countryName } from '../../countries/countryName';
import { InstitutionLink } from './InstitutionLink';

export type InstitutionRow = InstitutionsQuery['institutions']['edges'][number]['node'];

export interface InstitutionsTableProps {
  institutions: readonly InstitutionRow[];
  emptyMessage: string;
}

export function InstitutionsTable({ institutions, emptyMessage }: InstitutionsTableProps) {
  const { t, i18n } = useTranslation(['institutions', 'common']);
  const language = currentLanguage(i18n);
  return (
    <Table aria-label={t('table.label')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('table.name')}</TableCell>
          <TableCell>{t('table.acronym')}</TableCell>
          <TableCell>{t('table.kind')}</TableCell>
          <TableCell>{t('table.country')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {institutions.length === 0 ? (
          <EmptyTableRow columns={4} message={emptyMessage} />
        ) : (
          institutions.map((institution) => (
            <TableRow key={institution.id} hover>
              <TableCell component="th" scope="row">
                <InstitutionLink institution={institution} />
              </TableCell>
              <TableCell>{institution.acronym ?? t('common:emptyValue')}</TableCell>
              <TableCell>{t(`kinds.${institution.kind}`)}</TableCell>
              <TableCell>{institution.country ? countryName(institution.country, language) : t('common:emptyValue')}</TableCell>
            </TableRow>
          ))
        )}
      </TableBody>
    </Table>
  );
}
