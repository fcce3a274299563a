import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

/** The product name, with the alliance's name under it. */
export function Brand() {
  const { t } = useTranslation('common');
  return (
    <Box sx={{ lineHeight: 1.1 }}>
      <Typography component="p" variant="h6" sx={{ fontWeight: 700, color: 'primary.main', lineHeight: 1.2 }}>
        {t('appName')}
      </Typography>
      <Typography component="p" variant="caption" color="text.secondary" sx={{ display: { xs: 'none', sm: 'block' } }}>
        {t('appTagline')}
      </Typography>
    </Box>
  );
}
