import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from './LoadingState';
import { RecordSection } from './RecordSection';

export interface QueriedSectionProps {
  title: string;
  /** The button beside the heading that adds an item, for those who may. */
  add?: { label: string; icon: ReactNode; onClick: () => void };
  /** Whether the section's own query has answered. */
  loaded: boolean;
  loading: boolean;
  /** Why it could not be loaded, in the user's language. */
  error: string | null;
  onRetry: () => void;
  /** Said when the answer has no item. */
  emptyText: string;
  isEmpty: boolean;
  children: ReactNode;
}

/**
 * A section of a record's page that asks for its own items (a contact's positions, relationships): the heading with
 * its add button, then loading, could not load, nothing yet, or the items.
 */
export function QueriedSection(props: QueriedSectionProps) {
  const { title, add, loaded, loading, error, onRetry, emptyText, isEmpty, children } = props;
  const { t } = useTranslation('common');
  return (
    <RecordSection
      title={title}
      actions={
        add ? (
          <Button variant="outlined" startIcon={add.icon} onClick={add.onClick}>
            {add.label}
          </Button>
        ) : null
      }
    >
      {error && !loaded ? (
        // Polite, not an alert: it comes with the page, not from something the user just did, and several sections
        // failing at once should not each interrupt the screen reader.
        <Alert
          severity="error"
          role="status"
          sx={{ mb: 2 }}
          action={
            <Button color="inherit" size="small" onClick={onRetry}>
              {t('actions.retry')}
            </Button>
          }
        >
          {error}
        </Alert>
      ) : null}
      {loading && !loaded ? <LoadingState /> : null}
      {loaded && isEmpty ? <Typography color="text.secondary">{emptyText}</Typography> : null}
      {children}
    </RecordSection>
  );
}
