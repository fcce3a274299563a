import AddOutlined from '@mui/icons-material/AddOutlined';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiAction } from '../../../app/graphql/useApiAction';
import { currentLanguage } from '../../../app/i18n';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { CursorPagedTable } from '../../../ui/CursorPagedTable';
import { EmptyTableRow } from '../../../ui/EmptyTableRow';
import { formatDateTime } from '../../../ui/formatDateTime';
import { NoticeSnackbar, type Notice } from '../../../ui/NoticeSnackbar';
import { PageHeader } from '../../../ui/PageHeader';
import { SearchField } from '../../../ui/SearchField';
import { useSearchParamValues } from '../../../ui/useSearchParamValues';
import { SuppressAddressDialog } from '../components/SuppressAddressDialog';
import { SUPPRESSIONS_QUERY } from '../graphql/suppressions.query';
import { UNSUPPRESS_ADDRESS_MUTATION } from '../graphql/unsuppress-address.mutation';
import { useSearchPagedQuery } from '../hooks/useSearchPagedQuery';

const PARAMS = ['q'] as const;
const COLUMNS = 5;

/** Coordinators: the addresses no mailing goes to (bounces, complaints, people who left every list), to add or lift. */
export function SuppressionsPage() {
  const { t, i18n } = useTranslation(['mailings', 'common']);
  const language = currentLanguage(i18n);
  const [values, change] = useSearchParamValues(PARAMS);
  const search = values.q ?? '';
  const [adding, setAdding] = useState(false);
  const [lifting, setLifting] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [unsuppress] = useMutation(UNSUPPRESS_ADDRESS_MUTATION);
  const action = useApiAction();
  const suppressions = useSearchPagedQuery(SUPPRESSIONS_QUERY, { search, connectionOf: (data) => data.suppressions, fetchPolicy: 'cache-and-network' });

  return (
    <>
      <PageHeader
        title={t('suppressions.title')}
        intro={t('suppressions.intro')}
        actions={
          <Button variant="contained" startIcon={<AddOutlined aria-hidden />} onClick={() => setAdding(true)}>
            {t('suppressions.addButton')}
          </Button>
        }
      />
      <Stack role="search" aria-label={t('suppressions.filtersLabel')} sx={{ mb: 2, maxWidth: 480 }}>
        <SearchField label={t('suppressions.search')} value={search} onChange={(q) => change({ q: q || null })} />
      </Stack>
      <CursorPagedTable list={suppressions}>
        {(rows) => (
          <Table aria-label={t('suppressions.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('suppressions.address')}</TableCell>
                <TableCell>{t('suppressions.reason')}</TableCell>
                <TableCell>{t('suppressions.detail')}</TableCell>
                <TableCell>{t('suppressions.since')}</TableCell>
                <TableCell>{t('common:actions.label')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.length === 0 ? (
                <EmptyTableRow columns={COLUMNS} message={search ? t('suppressions.emptyFiltered') : t('suppressions.empty')} />
              ) : (
                rows.map((suppression) => (
                  <TableRow key={suppression.address}>
                    <TableCell component="th" scope="row" sx={{ overflowWrap: 'anywhere' }}>
                      {suppression.address}
                    </TableCell>
                    <TableCell>{t(`suppressionReasons.${suppression.reason}`)}</TableCell>
                    <TableCell sx={{ overflowWrap: 'anywhere' }}>{suppression.detail ?? t('common:emptyValue')}</TableCell>
                    <TableCell>{formatDateTime(suppression.createdAt, language)}</TableCell>
                    <TableCell>
                      <Button size="small" onClick={() => setLifting(suppression.address)} aria-label={t('suppressions.liftFor', { address: suppression.address })}>
                        {t('suppressions.lift')}
                      </Button>
                    </TableCell>
                  </TableRow>
                ))
              )}
            </TableBody>
          </Table>
        )}
      </CursorPagedTable>
      {adding ? (
        <SuppressAddressDialog
          onClose={() => setAdding(false)}
          onAdded={(address) => {
            setAdding(false);
            setNotice({ severity: 'success', text: t('suppressions.added', { address }) });
          }}
        />
      ) : null}
      <ConfirmDialog
        open={lifting !== null}
        title={t('suppressions.liftTitle', { address: lifting ?? '' })}
        body={t('suppressions.liftBody')}
        confirmLabel={t('suppressions.lift')}
        busy={action.busy}
        error={action.alert}
        onConfirm={() => {
          if (!lifting) return;
          const address = lifting;
          void action.run(() => unsuppress({ variables: { address }, refetchQueries: ['Suppressions'] })).then((done) => {
            if (!done) return;
            setLifting(null);
            setNotice({ severity: 'success', text: t('suppressions.lifted', { address }) });
          });
        }}
        onClose={() => {
          action.clear();
          setLifting(null);
        }}
      />
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}
