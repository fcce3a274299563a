import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../ui/usePageTitle';
import { PublicMailRefused, type RefusalKind } from '../api/publicMailApi';

/** A public mailing page: one card with its h1, readable on a phone. */
export function PublicMailPage({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2.5, sm: 5 } }}>
      <Typography variant="h1" gutterBottom>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

/** The kind of refusal behind an error thrown by the public mail API. */
export function refusalKind(error: unknown): RefusalKind {
  return error instanceof PublicMailRefused ? error.kind : 'UNKNOWN';
}

/** A link that cannot be used (forged, cut short, expired): said plainly, with the way forward. */
export function LinkProblem({ title, body, action }: { title?: string; body: string; action?: ReactNode }) {
  const { t } = useTranslation('mailPreferences');
  return (
    <>
      <Alert severity="warning" sx={{ mb: action ? 3 : 0 }}>
        <AlertTitle>{title ?? t('problems.invalidTitle')}</AlertTitle>
        {body}
      </Alert>
      {action}
    </>
  );
}

/**
 * An outcome announced to screen readers and given focus when it appears, so keyboard and screen reader
 * users land on what just happened rather than on a button that has gone. Give it a new `key` to announce again.
 */
export function Outcome({ severity = 'success', children }: { severity?: 'success' | 'info'; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <Alert ref={ref} tabIndex={-1} role="status" severity={severity} sx={{ mb: 3 }}>
      {children}
    </Alert>
  );
}
