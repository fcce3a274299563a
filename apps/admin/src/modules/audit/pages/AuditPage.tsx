import { useQuery } from '@apollo/client/react';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TableContainer from '@mui/material/TableContainer';
import TablePagination from '@mui/material/TablePagination';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readApiProblem } from '../../../app/graphql/api-errors';
import { useApiProblemText } from '../../../app/graphql/useApiProblemText';
import type { AuditEventsFilter } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useCursorPages } from '../../../ui/useCursorPages';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { AuditEventsTable } from '../components/AuditEventsTable';
import { AUDIT_EVENTS_QUERY } from '../graphql/audit-events.query';

const PAGE_SIZES = [25, 50, 100];

/** Coordinators: the trail of every change, newest first. */
export function AuditPage() {
  const { t } = useTranslation(['audit', 'common']);
  const describe = useApiProblemText();
  const [entityTypeInput, setEntityTypeInput] = useState('');
  const [actionInput, setActionInput] = useState('');
  const entityType = useDebouncedValue(entityTypeInput.trim());
  const action = useDebouncedValue(actionInput.trim());

  const filter: AuditEventsFilter = {
    ...(entityType ? { entityType } : {}),
    ...(action ? { action } : {}),
  };
  const pages = useCursorPages(PAGE_SIZES[0], JSON.stringify(filter));
  const { data, previousData, loading, error, refetch } = useQuery(AUDIT_EVENTS_QUERY, {
    variables: { first: pages.pageSize, after: pages.after, filter },
    // An audit trail is read to see what just happened: always ask the server.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.auditEvents;

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <Stack role="search" aria-label={t('filters.label')} direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <TextField
          label={t('filters.entityType')}
          value={entityTypeInput}
          onChange={(event) => setEntityTypeInput(event.target.value)}
        />
        <TextField label={t('filters.action')} value={actionInput} onChange={(event) => setActionInput(event.target.value)} />
      </Stack>
      {error ? (
        <ErrorAlert message={describe(readApiProblem(error), []).alert} onRetry={() => void refetch()} />
      ) : null}
      <Paper variant="outlined">
        {loading ? <LinearProgress aria-label={t('common:loading')} /> : null}
        <TableContainer>
          {connection ? <AuditEventsTable events={connection.edges.map((edge) => edge.node)} /> : null}
        </TableContainer>
        {connection ? (
          <TablePagination
            component="div"
            count={connection.totalCount}
            page={pages.page}
            rowsPerPage={pages.pageSize}
            rowsPerPageOptions={PAGE_SIZES}
            onPageChange={(_event, page) => pages.goTo(page, connection.pageInfo.endCursor)}
            onRowsPerPageChange={(event) => pages.setPageSize(Number(event.target.value))}
          />
        ) : null}
      </Paper>
    </>
  );
}
