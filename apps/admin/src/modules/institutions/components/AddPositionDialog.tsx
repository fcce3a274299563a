import { useMutation } from '@apollo/client/react';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import { todayCalendarDate } from '../../../ui/calendarDate';
import { DateRangeFields } from '../../../ui/DateField';
import { FormDialog } from '../../../ui/FormDialog';
import { FormTextField } from '../../../ui/FormTextField';
import { useRequiredChoice } from '../../../ui/useRequiredChoice';
import { ADD_POSITION_MUTATION } from '../graphql/add-position.mutation';
import { CONTACT_POSITIONS_QUERY } from '../graphql/contact-positions.query';
import { InstitutionAutocomplete, type InstitutionOption } from './InstitutionAutocomplete';

const FIELDS = ['institutionId', 'title', 'startDate', 'endDate', 'closeCurrentPositions'] as const;

export interface AddPositionDialogProps {
  contact: { id: string; name: string };
  onClose: () => void;
  onAdded: (title: string) => void;
}

/** Coordinators and advocates: records a title a contact holds at an institution; a job change closes the old ones. */
export function AddPositionDialog({ contact, onClose, onAdded }: AddPositionDialogProps) {
  const { t } = useTranslation('institutions');
  const institution = useRequiredChoice<InstitutionOption>();
  const [title, setTitle] = useState('');
  const [startDate, setStartDate] = useState(todayCalendarDate);
  const [endDate, setEndDate] = useState('');
  const [closeCurrentPositions, setCloseCurrentPositions] = useState(false);
  const { fieldErrors, alert, attempt, clear } = useApiProblem(FIELDS);
  const closeHelpId = useId();
  const [addPosition, { loading }] = useMutation(ADD_POSITION_MUTATION, {
    // A job change closes other positions too: ask again for all of them.
    refetchQueries: [{ query: CONTACT_POSITIONS_QUERY, variables: { id: contact.id } }],
    awaitRefetchQueries: true,
  });

  async function submit() {
    const chosen = institution.require();
    if (!chosen) {
      clear();
      return;
    }
    const trimmedTitle = title.trim();
    const added = await attempt(() =>
      addPosition({
        variables: {
          input: {
            contactId: contact.id,
            institutionId: chosen.id,
            title: trimmedTitle,
            startDate,
            ...(endDate ? { endDate } : {}),
            closeCurrentPositions,
          },
        },
      }),
    );
    if (added === null) onAdded(trimmedTitle);
  }

  return (
    <FormDialog
      title={t('addPosition.title', { name: contact.name })}
      intro={t('addPosition.intro')}
      alert={alert}
      submitting={loading}
      submitLabel={t('addPosition.submit')}
      submittingLabel={t('addPosition.submitting')}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <InstitutionAutocomplete
        label={t('addPosition.institution')}
        required
        autoFocus
        value={institution.value}
        onChange={institution.choose}
        error={institution.missing ? t('addPosition.institutionRequired') : fieldErrors.institutionId}
      />
      <FormTextField
        label={t('addPosition.positionTitle')}
        required
        value={title}
        onChange={setTitle}
        error={fieldErrors.title}
        helperText={t('addPosition.positionTitleHelp')}
      />
      <DateRangeFields
        start={{ label: t('addPosition.startDate'), required: true, value: startDate, onChange: setStartDate, error: fieldErrors.startDate }}
        end={{
          label: t('addPosition.endDate'),
          value: endDate,
          onChange: setEndDate,
          error: fieldErrors.endDate,
          helperText: t('addPosition.endDateHelp'),
        }}
      />
      <div>
        <FormControlLabel
          control={
            <Checkbox
              checked={closeCurrentPositions}
              onChange={(event) => setCloseCurrentPositions(event.target.checked)}
              slotProps={{ input: { 'aria-describedby': closeHelpId } }}
            />
          }
          label={t('addPosition.closeCurrent')}
        />
        <FormHelperText id={closeHelpId} error={Boolean(fieldErrors.closeCurrentPositions)} sx={{ mt: 0 }}>
          {fieldErrors.closeCurrentPositions ?? t('addPosition.closeCurrentHelp')}
        </FormHelperText>
      </div>
    </FormDialog>
  );
}
