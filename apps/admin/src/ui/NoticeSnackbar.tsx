import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';

export interface Notice {
  severity: 'success' | 'error';
  text: string;
}

export interface NoticeSnackbarProps {
  notice: Notice | null;
  onClose: () => void;
}

/** A short-lived message about what just happened (saved, sent, could not...), announced by its alert role. */
export function NoticeSnackbar({ notice, onClose }: NoticeSnackbarProps) {
  return (
    <Snackbar
      open={Boolean(notice)}
      autoHideDuration={6000}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      {notice ? (
        <Alert severity={notice.severity} variant="filled" onClose={onClose}>
          {notice.text}
        </Alert>
      ) : undefined}
    </Snackbar>
  );
}
