import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { usePageTitle } from './usePageTitle';

export interface StatusMessageProps {
  title: string;
  body?: ReactNode;
  icon?: ReactNode;
  action?: ReactNode;
}

/** A whole-page state (no access, not found, could not load) with its own h1 and title. */
export function StatusMessage({ title, body, icon, action }: StatusMessageProps) {
  usePageTitle(title);
  return (
    <Paper variant="outlined" sx={{ p: { xs: 3, sm: 5 }, maxWidth: 640 }}>
      <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
        {icon}
        <Typography variant="h1">{title}</Typography>
        {body ? <Typography color="text.secondary">{body}</Typography> : null}
        {action}
      </Stack>
    </Paper>
  );
}
