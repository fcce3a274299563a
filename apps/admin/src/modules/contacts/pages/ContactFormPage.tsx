import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { BackLink } from '../../../ui/BackLink';
import { PageHeader } from '../../../ui/PageHeader';
import type { NoticeState } from '../../../ui/useNotice';
import type { OrganisationOption } from '../../organisations/components/OrganisationAutocomplete';
import { ContactForm } from '../components/ContactForm';
import { CREATE_CONTACT_MUTATION } from '../graphql/create-contact.mutation';
import { UPDATE_CONTACT_MUTATION } from '../graphql/update-contact.mutation';
import { useContactRecord } from '../hooks/useContactRecord';

/** How an organisation's page asks for a new contact already affiliated with it. */
export interface NewContactState {
  organisation?: OrganisationOption;
}

/** Goes to the contact's page, which says what was done. */
function useShowContact() {
  const navigate = useNavigate();
  return (contact: { id: string; firstName: string; lastName: string }, text: (name: string) => string) =>
    void navigate(`/contacts/${contact.id}`, {
      state: { notice: { severity: 'success', text: text(`${contact.firstName} ${contact.lastName}`) } } satisfies NoticeState,
    });
}

/** Coordinators and advocates: a new person in the directory (the route checks the role). */
export function NewContactPage() {
  const { t } = useTranslation('contacts');
  const { state } = useLocation();
  const show = useShowContact();
  const [createContact, { loading }] = useMutation(CREATE_CONTACT_MUTATION);
  const organisation = (state as NewContactState | null)?.organisation;
  const back = organisation ? { to: `/organisations/${organisation.id}`, label: organisation.name } : { to: '/contacts', label: t('page.back') };
  return (
    <>
      <BackLink to={back.to} label={back.label} />
      <PageHeader title={t('form.newTitle')} intro={t('form.intro')} />
      <ContactForm
        organisation={organisation}
        submitting={loading}
        cancelTo={back.to}
        save={async (input) => {
          const { data } = await createContact({ variables: { input } });
          if (data) show(data.createContact, (name) => t('form.created', { name }));
        }}
      />
    </>
  );
}

/** Coordinators and advocates (the route checks the role). */
export function EditContactPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('contacts');
  const show = useShowContact();
  const { contact, fallback } = useContactRecord(id);
  const [updateContact, { loading: saving }] = useMutation(UPDATE_CONTACT_MUTATION);

  // A deleted contact is restored before it is edited.
  if (!contact || contact.deletedAt) return fallback;
  const name = `${contact.firstName} ${contact.lastName}`;
  const recordPath = `/contacts/${contact.id}`;
  return (
    <>
      <BackLink to={recordPath} label={name} />
      <PageHeader title={t('form.editTitle', { name })} intro={t('form.intro')} />
      <ContactForm
        contact={contact}
        submitting={saving}
        cancelTo={recordPath}
        save={async (input) => {
          const { data: saved } = await updateContact({ variables: { input: { id: contact.id, ...input } } });
          if (saved) show(saved.updateContact, (savedName) => t('form.saved', { name: savedName }));
        }}
      />
    </>
  );
}
