import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { useCursorPagedQuery } from '../../../app/graphql/useCursorPagedQuery';
import { CursorPagedTable } from '../../../ui/CursorPagedTable';
import { emptyListMessage } from '../../../ui/EmptyTableRow';
import { ListHeaderActions } from '../../../ui/ListHeaderActions';
import { PageHeader } from '../../../ui/PageHeader';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { isCoordinator, mayEditDirectory } from '../../auth/permissions';
import { ExportContactsButton } from '../../contact-import/components/ExportContactsButton';
import { ContactsFilters } from '../components/ContactsFilters';
import { ContactsTable } from '../components/ContactsTable';
import { CONTACTS_QUERY } from '../graphql/contacts.query';
import { useContactsListParams } from '../hooks/useContactsListParams';

/** The people of the directory, by last name; filters live in the address so a view can be shared. */
export function ContactsPage() {
  const { t } = useTranslation(['contacts', 'common']);
  const user = useCurrentUser();
  const mayAdd = mayEditDirectory(user);
  const { params, filter, isFiltered, setParams } = useContactsListParams();
  const contacts = useCursorPagedQuery(CONTACTS_QUERY, {
    filter,
    connectionOf: (data) => data.contacts,
    fetchPolicy: 'cache-and-network',
  });

  const emptyMessage = emptyListMessage(
    { isFiltered, mayAdd },
    { filtered: t('table.emptyFiltered'), first: t('table.emptyFirst'), readOnly: t('table.emptyReadOnly') },
  );

  return (
    <>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          <Stack direction="row" spacing={1.5}>
            {mayAdd ? <ExportContactsButton filter={filter ?? {}} /> : null}
            <ListHeaderActions
              deleted={isCoordinator(user) ? { to: '/deleted', label: t('common:nav.deleted') } : undefined}
              create={mayAdd ? { to: '/contacts/new', label: t('new') } : undefined}
            />
          </Stack>
        }
      />
      <ContactsFilters value={params} onChange={setParams} />
      <CursorPagedTable list={contacts}>
        {(rows) => <ContactsTable contacts={rows} emptyMessage={emptyMessage} />}
      </CursorPagedTable>
    </>
  );
}
