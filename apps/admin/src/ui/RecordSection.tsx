import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';

export interface RecordSectionProps {
  title: string;
  /** Buttons beside the heading (e.g. "Change membership status"). */
  actions?: ReactNode;
  children: ReactNode;
}

/** One titled part of a record page (profile, history, people): a region named by its h2. */
export function RecordSection({ title, actions, children }: RecordSectionProps) {
  const titleId = useId();
  return (
    <Paper variant="outlined" component="section" aria-labelledby={titleId} sx={{ p: { xs: 2, sm: 3 } }}>
      <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography variant="h2" id={titleId}>
          {title}
        </Typography>
        {actions}
      </Stack>
      {children}
    </Paper>
  );
}
