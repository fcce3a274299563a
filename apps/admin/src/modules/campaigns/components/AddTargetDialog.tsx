import { useMutation } from '@apollo/client/react';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import { currentLanguage } from '../../../app/i18n';
import type { Priority, Stance } from '../../../gql/graphql';
import { FormDialog } from '../../../ui/FormDialog';
import { FormTextField } from '../../../ui/FormTextField';
import { useRequiredChoice } from '../../../ui/useRequiredChoice';
import { InstitutionAutocomplete, type InstitutionOption } from '../../institutions/components/InstitutionAutocomplete';
import { institutionName } from '../../institutions/institutionNames';
import { ContactAutocomplete, contactName, type ContactOption } from '../../relationships/components/ContactAutocomplete';
import { ADD_TARGET_MUTATION } from '../graphql/add-target.mutation';
import { TargetPriorityStanceFields } from './TargetPriorityStanceFields';

const FIELDS = ['contactId', 'institutionId', 'priority', 'ask', 'stance'] as const;

type TargetKind = 'policymaker' | 'institution';

/** The option picked, with its name for the notice; null when none is. */
function named<Option extends { id: string }>(option: Option | null, nameOf: (option: Option) => string) {
  return option ? { id: option.id, name: nameOf(option) } : null;
}

export interface AddTargetDialogProps {
  campaign: { id: string; name: string };
  onClose: () => void;
  /** Says what was done. */
  onAdded: (text: string) => void;
}

/** Coordinators and advocates: a policymaker or an institution the campaign wants to move, with its priority and ask. */
export function AddTargetDialog({ campaign, onClose, onAdded }: AddTargetDialogProps) {
  const { t, i18n } = useTranslation('campaigns');
  const language = currentLanguage(i18n);
  const [kind, setKind] = useState<TargetKind>('policymaker');
  const contact = useRequiredChoice<ContactOption>();
  const institution = useRequiredChoice<InstitutionOption>();
  const [priority, setPriority] = useState<Priority>('MEDIUM');
  const [ask, setAsk] = useState('');
  const [stance, setStance] = useState<Stance>('UNKNOWN');
  const { fieldErrors, alert, attempt, clear } = useApiProblem(FIELDS);
  const [addTarget, { loading }] = useMutation(ADD_TARGET_MUTATION, {
    // The campaign's targets on screen are asked for again, with the new one.
    update: (cache) => void cache.evict({ id: cache.identify({ __typename: 'Campaign', id: campaign.id }), fieldName: 'targets' }),
  });

  async function submit() {
    const chosen =
      kind === 'policymaker'
        ? named(contact.require(), contactName)
        : named(institution.require(), (option) => institutionName(option, language));
    if (!chosen) {
      clear();
      return;
    }
    const trimmedAsk = ask.trim();
    const problem = await attempt(() =>
      addTarget({
        variables: {
          input: {
            campaignId: campaign.id,
            ...(kind === 'policymaker' ? { contactId: chosen.id } : { institutionId: chosen.id }),
            priority,
            stance,
            ...(trimmedAsk ? { ask: trimmedAsk } : {}),
          },
        },
      }),
    );
    if (problem === null) onAdded(t('targetDialog.added', { target: chosen.name }));
  }

  return (
    <FormDialog
      title={t('targetDialog.addTitle', { name: campaign.name })}
      intro={t('targetDialog.intro')}
      alert={alert}
      submitting={loading}
      submitLabel={t('targetDialog.add')}
      submittingLabel={t('targetDialog.adding')}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <FormControl component="fieldset">
        <FormLabel component="legend">{t('targetDialog.kind')}</FormLabel>
        <RadioGroup row value={kind} onChange={(event) => setKind(event.target.value as TargetKind)}>
          <FormControlLabel value="policymaker" control={<Radio />} label={t('targets.policymaker')} />
          <FormControlLabel value="institution" control={<Radio />} label={t('targets.institution')} />
        </RadioGroup>
      </FormControl>
      {kind === 'policymaker' ? (
        <ContactAutocomplete
          label={t('targetDialog.policymaker')}
          required
          value={contact.value}
          onChange={contact.choose}
          error={contact.missing ? t('targetDialog.policymakerRequired') : fieldErrors.contactId}
        />
      ) : (
        <InstitutionAutocomplete
          label={t('targetDialog.institution')}
          required
          value={institution.value}
          onChange={institution.choose}
          error={institution.missing ? t('targetDialog.institutionRequired') : fieldErrors.institutionId}
        />
      )}
      <TargetPriorityStanceFields
        priority={priority}
        onPriorityChange={setPriority}
        stance={stance}
        onStanceChange={setStance}
        errors={fieldErrors}
      />
      <FormTextField
        label={t('targetDialog.ask')}
        multiline
        minRows={2}
        value={ask}
        onChange={setAsk}
        error={fieldErrors.ask}
        helperText={t('targetDialog.askHelp')}
      />
    </FormDialog>
  );
}
