import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';

export interface ErrorAlertProps {
  message: string | null;
  onRetry?: () => void;
}

/** An error announced to screen readers (role="alert"), optionally with a retry button. */
export function ErrorAlert({ message, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation('common');
  if (!message) return null;
  return (
    <Alert
      severity="error"
      sx={{ mb: 2 }}
      action={
        onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            {t('actions.retry')}
          </Button>
        ) : undefined
      }
    >
      {message}
    </Alert>
  );
}
