import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import type { DocumentSummaryFieldsFragment } from '../../../gql/graphql';
import { EmptyTableRow } from '../../../ui/EmptyTableRow';
import { formatDate } from '../../../ui/formatDateTime';
import { documentPath } from '../documentOptions';
import { DocumentStatusChip } from './DocumentStatusChip';

export interface DocumentsTableProps {
  documents: readonly DocumentSummaryFieldsFragment[];
  emptyMessage: string;
}

export function DocumentsTable({ documents, emptyMessage }: DocumentsTableProps) {
  const { t, i18n } = useTranslation(['documents', 'common']);
  const language = currentLanguage(i18n);
  return (
    <Table aria-label={t('table.label')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('table.title')}</TableCell>
          <TableCell>{t('table.kind')}</TableCell>
          <TableCell>{t('table.status')}</TableCell>
          <TableCell>{t('table.campaigns')}</TableCell>
          <TableCell>{t('table.updated')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {documents.length === 0 ? (
          <EmptyTableRow columns={5} message={emptyMessage} />
        ) : (
          documents.map((document) => (
            <TableRow key={document.id} hover>
              <TableCell component="th" scope="row">
                <Link component={RouterLink} to={documentPath(document.id)}>
                  {document.title}
                </Link>
              </TableCell>
              <TableCell>{t(`kinds.${document.kind}`)}</TableCell>
              <TableCell>
                <DocumentStatusChip status={document.status} />
              </TableCell>
              <TableCell>
                {document.campaigns.length > 0 ? document.campaigns.map((campaign) => campaign.name).join(', ') : t('common:emptyValue')}
              </TableCell>
              <TableCell>{formatDate(document.updatedAt, language)}</TableCell>
            </TableRow>
          ))
        )}
      </TableBody>
    </Table>
  );
}
