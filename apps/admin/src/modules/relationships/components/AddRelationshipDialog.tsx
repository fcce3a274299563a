import { useMutation } from '@apollo/client/react';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import type { RelationshipKind } from '../../../gql/graphql';
import { DateRangeFields } from '../../../ui/DateField';
import { FormDialog } from '../../../ui/FormDialog';
import { FormFieldset } from '../../../ui/FormFieldset';
import { FormTextField } from '../../../ui/FormTextField';
import { OptionSelectField } from '../../../ui/OptionSelectField';
import { useRequiredChoice } from '../../../ui/useRequiredChoice';
import { ADD_RELATIONSHIP_MUTATION } from '../graphql/add-relationship.mutation';
import { CONTACT_RELATIONSHIPS_QUERY } from '../graphql/contact-relationships.query';
import { RELATIONSHIP_KINDS } from '../relationshipKinds';
import { ContactAutocomplete, contactName, type ContactOption } from './ContactAutocomplete';

const FIELDS = ['fromContactId', 'toContactId', 'kind', 'startDate', 'endDate', 'note'] as const;

type Direction = 'from' | 'to';

export interface AddRelationshipDialogProps {
  contact: { id: string; name: string };
  onClose: () => void;
  onAdded: (sentence: string) => void;
}

/** Coordinators and advocates: links the contact to another person ("advises", "reports to"...), with dates. */
export function AddRelationshipDialog({ contact, onClose, onAdded }: AddRelationshipDialogProps) {
  const { t } = useTranslation('relationships');
  const other = useRequiredChoice<ContactOption>();
  const [kind, setKind] = useState<RelationshipKind>('ADVISES');
  const [direction, setDirection] = useState<Direction>('from');
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [note, setNote] = useState('');
  const { fieldErrors, alert, attempt, clear } = useApiProblem(FIELDS);
  const [addRelationship, { loading }] = useMutation(ADD_RELATIONSHIP_MUTATION, {
    refetchQueries: [{ query: CONTACT_RELATIONSHIPS_QUERY, variables: { id: contact.id } }],
    awaitRefetchQueries: true,
  });
  const otherName = other.value ? contactName(other.value) : t('add.otherPerson');
  const verb = t(`kinds.${kind}`);
  const sentence = (from: string, to: string) => t('sentence', { from, verb, to });
  // The API names the side it refused; the dialog shows the other person's field for either.
  const otherError = direction === 'from' ? fieldErrors.toContactId : fieldErrors.fromContactId;

  async function submit() {
    const chosen = other.require();
    if (!chosen) {
      clear();
      return;
    }
    const [fromContactId, toContactId] = direction === 'from' ? [contact.id, chosen.id] : [chosen.id, contact.id];
    const problem = await attempt(() =>
      addRelationship({
        variables: {
          input: {
            fromContactId,
            toContactId,
            kind,
            ...(startDate ? { startDate } : {}),
            ...(endDate ? { endDate } : {}),
            ...(note.trim() ? { note: note.trim() } : {}),
          },
        },
      }),
    );
    if (problem === null) onAdded(direction === 'from' ? sentence(contact.name, otherName) : sentence(otherName, contact.name));
  }

  return (
    <FormDialog
      title={t('add.title', { name: contact.name })}
      alert={alert}
      submitting={loading}
      submitLabel={t('add.submit')}
      submittingLabel={t('add.submitting')}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <ContactAutocomplete
        label={t('add.person')}
        required
        autoFocus
        excludeId={contact.id}
        value={other.value}
        onChange={other.choose}
        error={other.missing ? t('add.personRequired') : otherError}
      />
      <OptionSelectField
        required
        label={t('add.kind')}
        value={kind}
        options={RELATIONSHIP_KINDS}
        optionLabel={(option) => t(`kinds.${option}`)}
        onChange={setKind}
        error={fieldErrors.kind}
      />
      <FormFieldset legend={t('add.direction')}>
        <RadioGroup value={direction} onChange={(event) => setDirection(event.target.value as Direction)}>
          <FormControlLabel value="from" control={<Radio />} label={sentence(contact.name, otherName)} />
          <FormControlLabel value="to" control={<Radio />} label={sentence(otherName, contact.name)} />
        </RadioGroup>
      </FormFieldset>
      <DateRangeFields
        start={{ label: t('add.startDate'), value: startDate, onChange: setStartDate, error: fieldErrors.startDate }}
        end={{ label: t('add.endDate'), value: endDate, onChange: setEndDate, error: fieldErrors.endDate }}
      />
      <FormTextField
        multiline
        minRows={2}
        label={t('add.note')}
        value={note}
        onChange={setNote}
        error={fieldErrors.note}
        helperText={t('add.noteHelp')}
      />
    </FormDialog>
  );
}
