import RefreshOutlined from '@mui/icons-material/RefreshOutlined';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import type { DeliveryStatus } from '../../../gql/graphql';
import { EmptyTableRow } from '../../../ui/EmptyTableRow';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FilterSelect } from '../../../ui/FilterSelect';
import { formatDateTime } from '../../../ui/formatDateTime';
import { RecordSection } from '../../../ui/RecordSection';
import { SearchField } from '../../../ui/SearchField';
import { useMailingDeliveries } from '../hooks/useMailingDeliveries';
import { DELIVERY_STATUSES, formatCount } from '../mailingOptions';

const COLUMNS = 6;

/** Per recipient, what happened: address, language, outcome, attempts, the last SMTP answer and when it left. */
export function DeliveriesSection({ mailingId }: { mailingId: string }) {
  const { t, i18n } = useTranslation(['mailings', 'common']);
  const language = currentLanguage(i18n);
  const [status, setStatus] = useState<DeliveryStatus | null>(null);
  const [search, setSearch] = useState('');
  const deliveries = useMailingDeliveries(mailingId, status, search);
  const { rows } = deliveries;
  const n = (value: number) => formatCount(value, language);

  return (
    <RecordSection
      title={t('deliveries.title')}
      actions={
        <Button startIcon={<RefreshOutlined aria-hidden />} onClick={deliveries.refetch}>
          {t('deliveries.refresh')}
        </Button>
      }
    >
      <Stack role="search" aria-label={t('deliveries.filtersLabel')} direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <SearchField label={t('deliveries.search')} value={search} onChange={setSearch} sx={{ flex: 2 }} />
        <FilterSelect
          label={t('deliveries.status')}
          value={status}
          options={DELIVERY_STATUSES}
          optionLabel={(option) => t(`deliveryStatuses.${option}`)}
          anyLabel={t('deliveries.allStatuses')}
          onChange={setStatus}
          sx={{ flex: 1, minWidth: 200 }}
        />
      </Stack>
      <ErrorAlert message={deliveries.error} onRetry={deliveries.refetch} />
      <Paper variant="outlined">
        {deliveries.loading && !deliveries.loadingMore ? <LinearProgress aria-label={t('common:loading')} /> : null}
        <TableContainer>
          <Table size="small" aria-label={t('deliveries.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('deliveries.address')}</TableCell>
                <TableCell>{t('deliveries.language')}</TableCell>
                <TableCell>{t('deliveries.status')}</TableCell>
                <TableCell align="right">{t('deliveries.attempts')}</TableCell>
                <TableCell>{t('deliveries.lastError')}</TableCell>
                <TableCell>{t('deliveries.sentAt')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows && rows.length === 0 ? (
                <EmptyTableRow columns={COLUMNS} message={status || search ? t('deliveries.emptyFiltered') : t('deliveries.empty')} />
              ) : (
                rows?.map((delivery) => (
                  <TableRow key={delivery.id}>
                    <TableCell component="th" scope="row" sx={{ overflowWrap: 'anywhere' }}>
                      {delivery.email}
                    </TableCell>
                    <TableCell>{t(`common:languages.${delivery.language}`)}</TableCell>
                    <TableCell>{t(`deliveryStatuses.${delivery.status}`)}</TableCell>
                    <TableCell align="right">{delivery.attempts}</TableCell>
                    <TableCell sx={{ maxWidth: 320, overflowWrap: 'anywhere' }}>{delivery.lastError ?? t('common:emptyValue')}</TableCell>
                    <TableCell>{delivery.sentAt ? formatDateTime(delivery.sentAt, language) : t('common:emptyValue')}</TableCell>
                  </TableRow>
                ))
              )}
            </TableBody>
          </Table>
        </TableContainer>
      </Paper>
      {rows && rows.length > 0 ? (
        <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography color="text.secondary" role="status">
            {t('deliveries.shown', { shown: n(rows.length), total: n(deliveries.totalCount) })}
          </Typography>
          {deliveries.hasMore ? (
            <Button variant="outlined" loading={deliveries.loadingMore} onClick={deliveries.loadMore}>
              {t('deliveries.loadMore')}
            </Button>
          ) : null}
        </Stack>
      ) : null}
    </RecordSection>
  );
}
