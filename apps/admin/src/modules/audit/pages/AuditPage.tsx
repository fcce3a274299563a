import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCursorPagedQuery } from '../../../app/graphql/useCursorPagedQuery';
import type { AuditEventsFilter } from '../../../gql/graphql';
import { CursorPagedTable } from '../../../ui/CursorPagedTable';
import { PageHeader } from '../../../ui/PageHeader';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { AuditEventsTable } from '../components/AuditEventsTable';
import { AUDIT_EVENTS_QUERY } from '../graphql/audit-events.query';

/** Coordinators: the trail of every change, newest first. */
export function AuditPage() {
  const { t } = useTranslation('audit');
  const [entityTypeInput, setEntityTypeInput] = useState('');
  const [actionInput, setActionInput] = useState('');
  const entityType = useDebouncedValue(entityTypeInput.trim());
  const action = useDebouncedValue(actionInput.trim());

  const filter: AuditEventsFilter = {
    ...(entityType ? { entityType } : {}),
    ...(action ? { action } : {}),
  };
  const auditEvents = useCursorPagedQuery(AUDIT_EVENTS_QUERY, {
    filter,
    connectionOf: (data) => data.auditEvents,
    // An audit trail is read to see what just happened: always ask the server.
    fetchPolicy: 'cache-and-network',
  });

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
      <CursorPagedTable list={auditEvents}>{(events) => <AuditEventsTable events={events} />}</CursorPagedTable>
    </>
  );
}
