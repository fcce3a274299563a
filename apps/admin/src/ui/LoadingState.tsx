import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { useTranslation } from 'react-i18next';

/** A spinner with an accessible name, for pages and sections that are loading. */
export function LoadingState({ fullPage = false }: { fullPage?: boolean }) {
  const { t } = useTranslation('common');
  return (
    <Box
      role="status"
      sx={{ display: 'flex', justifyContent: 'center', alignItems: 'center', py: 6, minHeight: fullPage ? '100vh' : 0 }}
    >
      <CircularProgress aria-label={t('loading')} />
    </Box>
  );
}
