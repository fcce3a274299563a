import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import { CursorPagedTable } from '../../../ui/CursorPagedTable';
import { EmptyTableRow, emptyListMessage } from '../../../ui/EmptyTableRow';
import { formatDateTime } from '../../../ui/formatDateTime';
import { ListHeaderActions } from '../../../ui/ListHeaderActions';
import { PageHeader } from '../../../ui/PageHeader';
import { SearchField } from '../../../ui/SearchField';
import { useSearchParamValues } from '../../../ui/useSearchParamValues';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { AUDIENCES_QUERY } from '../graphql/audiences.query';
import { useSearchPagedQuery } from '../hooks/useSearchPagedQuery';
import { audiencePath, mayManageMailings } from '../mailingOptions';

const PARAMS = ['q'] as const;
const COLUMNS = 2;

/** Saved audiences, by name: who a mailing goes to, evaluated when it is sent. */
export function AudiencesPage() {
  const { t, i18n } = useTranslation(['mailings', 'common']);
  const language = currentLanguage(i18n);
  const mayAdd = mayManageMailings(useCurrentUser());
  const [values, change] = useSearchParamValues(PARAMS);
  const search = values.q ?? '';
  const audiences = useSearchPagedQuery(AUDIENCES_QUERY, { search, connectionOf: (data) => data.audiences, fetchPolicy: 'cache-and-network' });

  return (
    <>
      <PageHeader
        title={t('audiences.title')}
        intro={t('audiences.intro')}
        actions={<ListHeaderActions create={mayAdd ? { to: '/mailings/audiences/new', label: t('audiences.new') } : undefined} />}
      />
      <Stack role="search" aria-label={t('audiences.filtersLabel')} sx={{ mb: 2, maxWidth: 480 }}>
        <SearchField label={t('audiences.search')} value={search} onChange={(q) => change({ q: q || null })} />
      </Stack>
      <CursorPagedTable list={audiences}>
        {(rows) => (
          <Table aria-label={t('audiences.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('audiences.name')}</TableCell>
                <TableCell>{t('audiences.updated')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.length === 0 ? (
                <EmptyTableRow
                  columns={COLUMNS}
                  message={emptyListMessage(
                    { isFiltered: Boolean(search), mayAdd },
                    { filtered: t('audiences.emptyFiltered'), first: t('audiences.emptyFirst'), readOnly: t('audiences.emptyReadOnly') },
                  )}
                />
              ) : (
                rows.map((audience) => (
                  <TableRow key={audience.id} hover>
                    <TableCell component="th" scope="row">
                      <Link component={RouterLink} to={audiencePath(audience.id)} sx={{ fontWeight: 600 }}>
                        {audience.name}
                      </Link>
                    </TableCell>
                    <TableCell>{formatDateTime(audience.updatedAt, language)}</TableCell>
                  </TableRow>
                ))
              )}
            </TableBody>
          </Table>
        )}
      </CursorPagedTable>
    </>
  );
}
