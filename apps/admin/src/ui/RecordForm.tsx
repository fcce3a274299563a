import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ErrorAlert } from './ErrorAlert';
import { SubmitButton } from './SubmitButton';

export interface RecordFormProps {
  /** What went wrong that no field shows. */
  alert: string | null;
  submitting: boolean;
  submitLabel: string;
  submittingLabel: string;
  onSubmit: () => void;
  /** Where Cancel leads (the record, or the list for a new one). */
  cancelTo: string;
  children: ReactNode;
}

/** The form of a record page (new or edit): the fields, then Cancel and the submit button. */
export function RecordForm({ alert, submitting, submitLabel, submittingLabel, onSubmit, cancelTo, children }: RecordFormProps) {
  const { t } = useTranslation('common');
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <Paper variant="outlined" component="form" noValidate onSubmit={submit} sx={{ p: { xs: 2, sm: 3 }, maxWidth: 880 }}>
      <ErrorAlert message={alert} />
      <Stack spacing={3}>{children}</Stack>
      <Stack direction="row" spacing={1.5} sx={{ mt: 4, justifyContent: 'flex-end' }}>
        <Button component={RouterLink} to={cancelTo} disabled={submitting}>
          {t('actions.cancel')}
        </Button>
        <SubmitButton label={submitLabel} submittingLabel={submittingLabel} submitting={submitting} />
      </Stack>
    </Paper>
  );
}
