import { useMutation } from '@apollo/client/react';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import type { Priority, Stance } from '../../../gql/graphql';
import { FormDialog } from '../../../ui/FormDialog';
import { FormTextField } from '../../../ui/FormTextField';
import { OptionSelectField } from '../../../ui/OptionSelectField';
import { PRIORITIES, STANCES } from '../campaignOptions';
import { UPDATE_TARGET_MUTATION } from '../graphql/update-target.mutation';

const FIELDS = ['priority', 'ask', 'stance', 'stanceNote'] as const;

export interface EditedTarget {
  id: string;
  name: string;
  priority: Priority;
  ask: string | null;
  stance: Stance;
}

export interface EditTargetDialogProps {
  target: EditedTarget;
  onClose: () => void;
  /** Says what was done. */
  onSaved: (text: string) => void;
}

/** Coordinators and advocates: a target's priority, ask and stance; a new stance is dated, with why it changed. */
export function EditTargetDialog({ target, onClose, onSaved }: EditTargetDialogProps) {
  const { t } = useTranslation('campaigns');
  const [priority, setPriority] = useState<Priority>(target.priority);
  const [ask, setAsk] = useState(target.ask ?? '');
  const [stance, setStance] = useState<Stance>(target.stance);
  const [stanceNote, setStanceNote] = useState('');
  const { fieldErrors, alert, attempt } = useApiProblem(FIELDS);
  const [updateTarget, { loading }] = useMutation(UPDATE_TARGET_MUTATION);
  const stanceChanged = stance !== target.stance;

  async function submit() {
    const problem = await attempt(() =>
      updateTarget({
        variables: {
          input: {
            targetId: target.id,
            priority,
            ask: ask.trim() || null,
            // Only a new stance is sent: the API dates each change.
            ...(stanceChanged ? { stance, ...(stanceNote.trim() ? { stanceNote: stanceNote.trim() } : {}) } : {}),
          },
        },
      }),
    );
    if (problem === null) onSaved(t('targetDialog.saved', { target: target.name }));
  }

  return (
    <FormDialog
      title={t('targetDialog.editTitle', { target: target.name })}
      alert={alert}
      submitting={loading}
      submitLabel={t('targetDialog.save')}
      submittingLabel={t('targetDialog.saving')}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <OptionSelectField
          label={t('targetDialog.priority')}
          value={priority}
          options={PRIORITIES}
          optionLabel={(option) => t(`priorities.${option}`)}
          onChange={setPriority}
          error={fieldErrors.priority}
          sx={{ flex: 1 }}
        />
        <OptionSelectField
          label={t('targetDialog.stance')}
          value={stance}
          options={STANCES}
          optionLabel={(option) => t(`stances.${option}`)}
          onChange={setStance}
          error={fieldErrors.stance}
          helperText={t('targetDialog.stanceHelp')}
          sx={{ flex: 1 }}
        />
      </Stack>
      {stanceChanged ? (
        <FormTextField
          label={t('targetDialog.stanceNote')}
          multiline
          minRows={2}
          value={stanceNote}
          onChange={setStanceNote}
          error={fieldErrors.stanceNote}
          helperText={t('targetDialog.stanceNoteHelp')}
        />
      ) : null}
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
