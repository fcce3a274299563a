import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import { todayCalendarDate } from '../../../ui/calendarDate';
import { FormDialog } from '../../../ui/FormDialog';
import { DateField } from '../../../ui/DateField';
import { END_POSITION_MUTATION } from '../graphql/end-position.mutation';

const FIELDS = ['endDate'] as const;

export interface EndPositionDialogProps {
  /** What the position is, in words: "Ambassador at the Permanent Mission of France". */
  position: { id: string; description: string };
  onClose: () => void;
  onEnded: () => void;
}

/** Closes a position on a date (today by default); it stays in the contact's history. */
export function EndPositionDialog({ position, onClose, onEnded }: EndPositionDialogProps) {
  const { t } = useTranslation('institutions');
  const [endDate, setEndDate] = useState(todayCalendarDate);
  const { fieldErrors, alert, attempt } = useApiProblem(FIELDS);
  const [endPosition, { loading }] = useMutation(END_POSITION_MUTATION);

  async function submit() {
    const problem = await attempt(() => endPosition({ variables: { input: { positionId: position.id, endDate } } }));
    if (problem === null) onEnded();
  }

  return (
    <FormDialog
      title={t('endPosition.title')}
      intro={t('endPosition.intro', { position: position.description })}
      alert={alert}
      submitting={loading}
      submitLabel={t('endPosition.submit')}
      submittingLabel={t('endPosition.submitting')}
      onSubmit={() => void submit()}
      onClose={onClose}
      maxWidth="xs"
    >
      <DateField
        required
        autoFocus
        label={t('endPosition.endDate')}
        value={endDate}
        onChange={setEndDate}
        error={fieldErrors.endDate}
      />
    </FormDialog>
  );
}
