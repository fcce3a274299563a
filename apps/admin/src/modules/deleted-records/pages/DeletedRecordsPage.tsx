import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { useCursorPagedQuery } from '../../../app/graphql/useCursorPagedQuery';
import { currentLanguage } from '../../../app/i18n';
import { DeletedRecordsTable } from '../../../ui/DeletedRecordsTable';
import { PageHeader } from '../../../ui/PageHeader';
import { RecordSection } from '../../../ui/RecordSection';
import { DELETED_CONTACTS_QUERY } from '../../contacts/graphql/deleted-contacts.query';
import { RESTORE_CONTACT_MUTATION } from '../../contacts/graphql/restore-contact.mutation';
import { countryName } from '../../countries/countryName';
import { DELETED_ORGANISATIONS_QUERY } from '../../organisations/graphql/deleted-organisations.query';
import { RESTORE_ORGANISATION_MUTATION } from '../../organisations/graphql/restore-organisation.mutation';

/** Coordinators: organisations and contacts deleted (or merged) in the last 30 days, in one place, each restorable. */
export function DeletedRecordsPage() {
  const { t, i18n } = useTranslation(['deletedRecords', 'organisations', 'common']);
  const language = currentLanguage(i18n);
  const organisations = useCursorPagedQuery(DELETED_ORGANISATIONS_QUERY, {
    filter: {},
    connectionOf: (data) => data.deletedOrganisations,
    fetchPolicy: 'cache-and-network',
  });
  const contacts = useCursorPagedQuery(DELETED_CONTACTS_QUERY, {
    filter: {},
    connectionOf: (data) => data.deletedContacts,
    fetchPolicy: 'cache-and-network',
  });
  const country = (record: { country?: { nameEn: string; nameFr: string } | null }) =>
    record.country ? countryName(record.country, language) : t('common:emptyValue');
  const copy = (empty: string) => ({
    deletedOn: t('table.deletedOn'),
    empty,
    restore: (name: string) => t('table.restore', { name }),
    restored: (name: string) => t('restored', { name }),
  });

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <Stack spacing={3} sx={{ maxWidth: 1100 }}>
        <RecordSection title={t('organisationList.title')}>
          <DeletedRecordsTable
            list={organisations}
            label={t('organisationList.title')}
            columns={[
              { header: t('table.name'), cell: (organisation) => organisation.name },
              { header: t('organisationList.type'), cell: (organisation) => t(`organisations:types.${organisation.type}`) },
              { header: t('table.country'), cell: country },
            ]}
            nameOf={(organisation) => organisation.name}
            restoreMutation={RESTORE_ORGANISATION_MUTATION}
            copy={copy(t('organisationList.empty'))}
          />
        </RecordSection>
        <RecordSection title={t('contactList.title')}>
          <DeletedRecordsTable
            list={contacts}
            label={t('contactList.title')}
            columns={[
              { header: t('table.name'), cell: (contact) => `${contact.firstName} ${contact.lastName}` },
              { header: t('table.country'), cell: country },
            ]}
            nameOf={(contact) => `${contact.firstName} ${contact.lastName}`}
            restoreMutation={RESTORE_CONTACT_MUTATION}
            copy={copy(t('contactList.empty'))}
          />
        </RecordSection>
      </Stack>
    </>
  );
}
