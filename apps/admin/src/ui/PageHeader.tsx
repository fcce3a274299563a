import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { usePageTitle } from './usePageTitle';

export interface PageHeaderProps {
  title: string;
  /** Browser tab title, when the heading is personal or long (defaults to the heading). */
  documentTitle?: string;
  intro?: ReactNode;
  actions?: ReactNode;
}

/** The page's one h1, its browser title, a short intro and the page-level actions. */
export function PageHeader({ title, documentTitle, intro, actions }: PageHeaderProps) {
  usePageTitle(documentTitle ?? title);
  return (
    <Stack
      direction={{ xs: 'column', sm: 'row' }}
      spacing={2}
      sx={{ mb: 3, alignItems: { xs: 'flex-start', sm: 'flex-end' }, justifyContent: 'space-between' }}
    >
      <Box>
        <Typography variant="h1" gutterBottom={Boolean(intro)}>
          {title}
        </Typography>
        {intro ? (
          <Typography variant="body1" color="text.secondary">
            {intro}
          </Typography>
        ) : null}
      </Box>
      {actions ? <Box sx={{ flexShrink: 0 }}>{actions}</Box> : null}
    </Stack>
  );
}
