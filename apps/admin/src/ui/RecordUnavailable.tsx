import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { LoadingState } from './LoadingState';
import { StatusMessage } from './StatusMessage';

export interface RecordUnavailableProps {
  /** No answer yet, or the answer had no record. */
  loading: boolean;
  /** Why it could not be loaded, in the user's language. */
  error: string | null;
  onRetry: () => void;
  notFoundTitle: string;
  notFoundBody: string;
  /** The list the record belongs to. */
  back: { to: string; label: string };
}

/** What a record page shows instead of the record: loading, could not load (with a retry), or not found. */
export function RecordUnavailable({ loading, error, onRetry, notFoundTitle, notFoundBody, back }: RecordUnavailableProps) {
  const { t } = useTranslation('common');
  if (loading) return <LoadingState />;
  const backButton = (
    <Button component={RouterLink} to={back.to} variant="outlined">
      {back.label}
    </Button>
  );
  if (error) {
    return (
      <StatusMessage
        title={t('loadFailed.title')}
        body={error}
        action={
          <Stack direction="row" spacing={1.5}>
            <Button variant="contained" onClick={onRetry}>
              {t('actions.retry')}
            </Button>
            {backButton}
          </Stack>
        }
      />
    );
  }
  return <StatusMessage title={notFoundTitle} body={notFoundBody} action={backButton} />;
}
