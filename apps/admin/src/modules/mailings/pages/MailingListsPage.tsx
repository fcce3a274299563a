import AddOutlined from '@mui/icons-material/AddOutlined';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import { CursorPagedTable } from '../../../ui/CursorPagedTable';
import { EmptyTableRow, emptyListMessage } from '../../../ui/EmptyTableRow';
import { formatDate } from '../../../ui/formatDateTime';
import { PageHeader } from '../../../ui/PageHeader';
import { SearchField } from '../../../ui/SearchField';
import type { NoticeState } from '../../../ui/useNotice';
import { useSearchParamValues } from '../../../ui/useSearchParamValues';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { MailingListDialog } from '../components/MailingListDialog';
import { MAILING_LISTS_QUERY } from '../graphql/mailing-lists.query';
import { useSearchPagedQuery } from '../hooks/useSearchPagedQuery';
import { mailingListPath, mayManageMailings } from '../mailingOptions';

const PARAMS = ['q'] as const;
const COLUMNS = 5;

/** The mailing lists: what each is for, how people join it, and (coordinators) a new one. */
export function MailingListsPage() {
  const { t, i18n } = useTranslation(['mailings', 'common']);
  const language = currentLanguage(i18n);
  const mayAdd = mayManageMailings(useCurrentUser());
  const navigate = useNavigate();
  const [values, change] = useSearchParamValues(PARAMS);
  const search = values.q ?? '';
  const [adding, setAdding] = useState(false);
  const lists = useSearchPagedQuery(MAILING_LISTS_QUERY, { search, connectionOf: (data) => data.mailingLists, fetchPolicy: 'cache-and-network' });
  const yesNo = (value: boolean) => (value ? t('lists.yes') : t('lists.no'));

  return (
    <>
      <PageHeader
        title={t('lists.title')}
        intro={t('lists.intro')}
        actions={
          mayAdd ? (
            <Button variant="contained" startIcon={<AddOutlined aria-hidden />} onClick={() => setAdding(true)}>
              {t('lists.new')}
            </Button>
          ) : null
        }
      />
      <Stack role="search" aria-label={t('lists.filtersLabel')} sx={{ mb: 2, maxWidth: 480 }}>
        <SearchField label={t('lists.search')} value={search} onChange={(q) => change({ q: q || null })} />
      </Stack>
      <CursorPagedTable list={lists}>
        {(rows) => (
          <Table aria-label={t('lists.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('lists.name')}</TableCell>
                <TableCell>{t('lists.description')}</TableCell>
                <TableCell>{t('lists.doubleOptInShort')}</TableCell>
                <TableCell>{t('lists.isPublicShort')}</TableCell>
                <TableCell>{t('lists.created')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.length === 0 ? (
                <EmptyTableRow
                  columns={COLUMNS}
                  message={emptyListMessage(
                    { isFiltered: Boolean(search), mayAdd },
                    { filtered: t('lists.emptyFiltered'), first: t('lists.emptyFirst'), readOnly: t('lists.emptyReadOnly') },
                  )}
                />
              ) : (
                rows.map((list) => (
                  <TableRow key={list.id} hover>
                    <TableCell component="th" scope="row">
                      <Link component={RouterLink} to={mailingListPath(list.id)} sx={{ fontWeight: 600 }}>
                        {list.name}
                      </Link>
                    </TableCell>
                    <TableCell>{list.description ?? t('common:emptyValue')}</TableCell>
                    <TableCell>{yesNo(list.doubleOptIn)}</TableCell>
                    <TableCell>{yesNo(list.isPublic)}</TableCell>
                    <TableCell>{formatDate(list.createdAt, language)}</TableCell>
                  </TableRow>
                ))
              )}
            </TableBody>
          </Table>
        )}
      </CursorPagedTable>
      {adding ? (
        <MailingListDialog
          onClose={() => setAdding(false)}
          onSaved={(list) =>
            void navigate(mailingListPath(list.id), {
              state: { notice: { severity: 'success', text: t('lists.createdNotice', { name: list.name }) } } satisfies NoticeState,
            })
          }
        />
      ) : null}
    </>
  );
}
