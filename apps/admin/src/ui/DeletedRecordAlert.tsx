import { RESTORE_WINDOW_DAYS } from '@alliance/domain';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';
import { formatDate } from './formatDateTime';

export interface DeletedRecordAlertProps {
  deletedAt: string;
  /** Present for those who may restore (coordinators). */
  onRestore?: () => void;
  restoring?: boolean;
  error?: string | null;
}

/** Says a record is deleted and until when it can come back, with the button that brings it back. */
export function DeletedRecordAlert({ deletedAt, onRestore, restoring, error }: DeletedRecordAlertProps) {
  const { t, i18n } = useTranslation('common');
  const until = new Date(new Date(deletedAt).getTime() + RESTORE_WINDOW_DAYS * 24 * 3600 * 1000).toISOString();
  return (
    <>
      <ErrorAlert message={error ?? null} />
      <Alert
        severity="warning"
        sx={{ mb: 3 }}
        action={
          onRestore ? (
            <Button color="inherit" variant="outlined" size="small" onClick={onRestore} loading={restoring}>
              {t('deletedRecord.restoreLabel')}
            </Button>
          ) : undefined
        }
      >
        {t('deletedRecord.restoreUntil', {
          date: formatDate(deletedAt, i18n.language),
          until: formatDate(until, i18n.language),
        })}
      </Alert>
    </>
  );
}
