import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog, { type DialogProps } from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useId, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';
import { SubmitButton } from './SubmitButton';

export interface FormDialogProps {
  open?: boolean;
  title: string;
  intro?: string;
  /** What went wrong that no field shows. */
  alert: string | null;
  submitting: boolean;
  submitLabel: string;
  submittingLabel: string;
  onSubmit: () => void;
  /** Not called while submitting: the request is under way. */
  onClose: () => void;
  maxWidth?: DialogProps['maxWidth'];
  /** The fields. */
  children: ReactNode;
}

/** A dialog that is one form: title, intro, the alert, the fields, Cancel and the submit button. */
export function FormDialog(props: FormDialogProps) {
  const { open = true, title, intro, alert, submitting, submitLabel, submittingLabel, onSubmit, onClose, maxWidth = 'sm', children } = props;
  const { t } = useTranslation('common');
  const titleId = useId();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // React passes events up through portals: a dialog opened from a form (a file uploaded while logging a
    // meeting) must not submit that form too.
    event.stopPropagation();
    onSubmit();
  }

  return (
    <Dialog open={open} onClose={submitting ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth={maxWidth}>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      {/* A flex column like the dialog paper, so the fields still scroll on small screens. */}
      <Box
        component="form"
        noValidate
        onSubmit={submit}
        aria-labelledby={titleId}
        sx={{ display: 'flex', flexDirection: 'column', flex: '1 1 auto', minHeight: 0 }}
      >
        <DialogContent>
          {intro ? <DialogContentText sx={{ mb: 2 }}>{intro}</DialogContentText> : null}
          <ErrorAlert message={alert} />
          <Stack spacing={2.5} sx={{ pt: 1 }}>
            {children}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose} disabled={submitting}>
            {t('actions.cancel')}
          </Button>
          <SubmitButton label={submitLabel} submittingLabel={submittingLabel} submitting={submitting} />
        </DialogActions>
      </Box>
    </Dialog>
  );
}
