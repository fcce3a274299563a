import { RESTORE_WINDOW_DAYS } from '@alliance/domain';
import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import type { DuplicateContactFieldsFragment } from '../../../gql/graphql';
import { FormDialog } from '../../../ui/FormDialog';
import { FormFieldset } from '../../../ui/FormFieldset';
import { MERGE_CONTACTS_MUTATION } from '../graphql/merge-contacts.mutation';
import { personName } from './DuplicateContactCard';

type Contact = DuplicateContactFieldsFragment;

export interface MergeContactsDialogProps {
  pair: { first: Contact; second: Contact };
  onClose: () => void;
  onMerged: (kept: Contact, merged: Contact) => void;
}

/** Coordinators: merges one contact into the other, after asking which one stays; the other is restorable. */
export function MergeContactsDialog({ pair, onClose, onMerged }: MergeContactsDialogProps) {
  const { t } = useTranslation('duplicates');
  const [keepId, setKeepId] = useState(pair.first.id);
  const { alert, attempt } = useApiProblem([]);
  const [mergeContacts, { loading }] = useMutation(MERGE_CONTACTS_MUTATION);
  const [kept, merged] = keepId === pair.first.id ? [pair.first, pair.second] : [pair.second, pair.first];
  // Each choice shows enough to tell two people with the same name apart.
  const choiceLabel = (contact: Contact) => {
    const email = contact.emails?.find((address) => address.isPrimary)?.address ?? contact.emails?.[0]?.address;
    return email ? t('merge.choiceWithEmail', { name: personName(contact), email }) : personName(contact);
  };

  async function submit() {
    const problem = await attempt(() => mergeContacts({ variables: { input: { keepId: kept.id, mergeId: merged.id } } }));
    if (problem === null) onMerged(kept, merged);
  }

  return (
    <FormDialog
      title={t('merge.title')}
      intro={t('merge.intro')}
      alert={alert}
      submitting={loading}
      submitLabel={t('merge.submit')}
      submittingLabel={t('merge.submitting')}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <FormFieldset legend={t('merge.keep')}>
        <RadioGroup value={keepId} onChange={(event) => setKeepId(event.target.value)}>
          {[pair.first, pair.second].map((contact) => (
            <FormControlLabel key={contact.id} value={contact.id} control={<Radio />} label={choiceLabel(contact)} />
          ))}
        </RadioGroup>
      </FormFieldset>
      <Alert severity="info">
        {t('merge.consequence', { kept: personName(kept), merged: personName(merged), days: RESTORE_WINDOW_DAYS })}
      </Alert>
    </FormDialog>
  );
}
