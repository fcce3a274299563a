import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import { FormDialog } from '../../../ui/FormDialog';
import { FormTextField } from '../../../ui/FormTextField';
import { ContactAutocomplete, contactName, type ContactOption } from '../../relationships/components/ContactAutocomplete';
import { SUBSCRIBE_CONTACT_MUTATION } from '../graphql/subscribe-contact.mutation';

const FIELDS = ['contactId', 'consentSource'] as const;

export interface AddSubscriberDialogProps {
  list: { id: string; name: string };
  onClose: () => void;
  onAdded: (text: string) => void;
}

/** Staff record someone's subscription with the consent behind it (a signed sheet, an email asking to join...). */
export function AddSubscriberDialog({ list, onClose, onAdded }: AddSubscriberDialogProps) {
  const { t } = useTranslation('mailings');
  const [contact, setContact] = useState<ContactOption | null>(null);
  const [consentSource, setConsentSource] = useState('');
  const [checked, setChecked] = useState(false);
  const { fieldErrors, alert, attempt } = useApiProblem(FIELDS);
  const [subscribe, { loading }] = useMutation(SUBSCRIBE_CONTACT_MUTATION);
  const contactError = checked && !contact ? t('subscribers.errors.contact') : undefined;
  const consentError = checked && !consentSource.trim() ? t('subscribers.errors.consentSource') : undefined;

  function submit() {
    setChecked(true);
    if (!contact || !consentSource.trim()) return;
    void attempt(async () => {
      await subscribe({
        variables: { input: { listId: list.id, contactId: contact.id, consentSource: consentSource.trim() } },
        refetchQueries: ['ListSubscriptions'],
      });
      onAdded(t('subscribers.added', { name: contactName(contact), list: list.name }));
    });
  }

  return (
    <FormDialog
      title={t('subscribers.addTitle', { list: list.name })}
      intro={t('subscribers.addIntro')}
      alert={alert}
      submitting={loading}
      submitLabel={t('subscribers.add')}
      submittingLabel={t('subscribers.adding')}
      onSubmit={submit}
      onClose={onClose}
    >
      <ContactAutocomplete
        label={t('subscribers.contact')}
        required
        autoFocus
        value={contact}
        onChange={setContact}
        error={fieldErrors.contactId ?? contactError}
      />
      <FormTextField
        label={t('subscribers.consentSource')}
        required
        value={consentSource}
        onChange={setConsentSource}
        error={fieldErrors.consentSource ?? consentError}
        helperText={t('subscribers.consentSourceHelp')}
      />
    </FormDialog>
  );
}
