import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { refusedFields } from '../../../app/graphql/api-errors';
import { useRecordDeletion } from '../../../app/graphql/useRecordDeletion';
import { currentLanguage } from '../../../app/i18n';
import type { ContactPrivateFieldsFragment } from '../../../gql/graphql';
import { DetailList } from '../../../ui/DetailList';
import { LabelChips } from '../../../ui/LabelChips';
import { languageName } from '../../../ui/languageNames';
import { RecordPage } from '../../../ui/RecordPage';
import { RecordSection } from '../../../ui/RecordSection';
import { useNotice } from '../../../ui/useNotice';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { isCoordinator, mayEditDirectory } from '../../auth/permissions';
import { countryName } from '../../countries/countryName';
import { PositionsSection } from '../../institutions/components/PositionsSection';
import { InteractionTimeline } from '../../interactions/components/InteractionTimeline';
import { RelationshipsSection } from '../../relationships/components/RelationshipsSection';
import { ContactAffiliations } from '../components/ContactAffiliations';
import { ContactChannels, ContactConsent, ContactNotes, type RefusedDetails } from '../components/ContactDetails';
import { DELETE_CONTACT_MUTATION } from '../graphql/delete-contact.mutation';
import { RESTORE_CONTACT_MUTATION } from '../graphql/restore-contact.mutation';
import { useContactRecord } from '../hooks/useContactRecord';

const PRIVATE_DETAILS = ['emails', 'phones', 'notes', 'emailConsent'] as const satisfies ReadonlyArray<keyof ContactPrivateFieldsFragment>;

/** One person: profile, organisations, and the private details the API shares with the signed-in user. */
export function ContactPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation(['contacts', 'common']);
  const language = currentLanguage(i18n);
  const user = useCurrentUser();
  const [notice, setNotice] = useNotice();
  const { contact, fallback, error } = useContactRecord(id, 'cache-and-network');
  const name = contact ? `${contact.firstName} ${contact.lastName}` : '';
  const deletion = useRecordDeletion({
    id,
    deleteMutation: DELETE_CONTACT_MUTATION,
    restoreMutation: RESTORE_CONTACT_MUTATION,
    onDeleted: () => setNotice({ severity: 'success', text: t('deleteDialog.done', { name }) }),
    onRestored: () => setNotice({ severity: 'success', text: t('restored', { name }) }),
  });

  if (!contact) return fallback;

  const answered = refusedFields(error);
  const refused: RefusedDetails = new Set(PRIVATE_DETAILS.filter((field) => answered.has(`contact.${field}`)));

  return (
    <RecordPage
      title={name}
      back={{ to: '/contacts', label: t('page.back') }}
      editTo={mayEditDirectory(user) ? `/contacts/${contact.id}/edit` : undefined}
      deletion={isCoordinator(user) ? deletion : undefined}
      deleteCopy={{
        title: t('deleteDialog.title', { name }),
        body: t('deleteDialog.body', { name }),
        confirm: t('deleteDialog.confirm'),
      }}
      deletedAt={contact.deletedAt ?? null}
      notice={notice}
      onNoticeClose={() => setNotice(null)}
    >
      <RecordSection title={t('page.profile')}>
        <DetailList
          details={[
            { label: t('page.preferredLanguage'), value: languageName(contact.preferredLanguage, language) },
            { label: t('page.country'), value: contact.country ? countryName(contact.country, language) : null },
            { label: t('page.tags'), value: contact.tags.length ? <LabelChips labels={contact.tags} /> : null },
          ]}
        />
      </RecordSection>
      <RecordSection title={t('page.affiliations')}>
        <ContactAffiliations affiliations={contact.affiliations} />
      </RecordSection>
      <PositionsSection contact={contact} />
      <RelationshipsSection contact={contact} />
      <InteractionTimeline filter={{ contactId: contact.id }} />
      <RecordSection title={t('page.contactDetails')}>
        <ContactChannels contact={contact} refused={refused} />
      </RecordSection>
      <RecordSection title={t('page.consent')}>
        <ContactConsent contact={contact} refused={refused} />
      </RecordSection>
      <RecordSection title={t('page.notes')}>
        <ContactNotes contact={contact} refused={refused} />
      </RecordSection>
    </RecordPage>
  );
}
