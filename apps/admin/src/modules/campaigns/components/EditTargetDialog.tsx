import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import type { Priority, Stance } from '../../../gql/graphql';
import { FormDialog } from '../../../ui/FormDialog';
import { FormTextField } from '../../../ui/FormTextField';
import { UPDATE_TARGET_MUTATION } from '../graphql/update-target.mutation';
import { TargetPriorityStanceFields } from './TargetPriorityStanceFields';

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
      <TargetPriorityStanceFields
        priority={priority}
        onPriorityChange={setPriority}
        stance={stance}
        onStanceChange={setStance}
        errors={fieldErrors}
        stanceHelp={t('targetDialog.stanceHelp')}
      />
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
