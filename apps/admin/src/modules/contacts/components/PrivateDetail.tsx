import LockOutlined from '@mui/icons-material/LockOutlined';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface PrivateDetailProps {
  /** The API refused this detail to the signed-in user. */
  refused: boolean;
  children: ReactNode;
}

/** A private detail of a contact, or why it is not shown: the page works for everyone, with less for some. */
export function PrivateDetail({ refused, children }: PrivateDetailProps) {
  const { t } = useTranslation('contacts');
  if (!refused) return <>{children}</>;
  return (
    <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start' }}>
      <LockOutlined color="action" aria-hidden />
      <div>
        <Typography sx={{ fontWeight: 600 }}>{t('page.notShared')}</Typography>
        <Typography variant="body2" color="text.secondary">
          {t('page.notSharedBody')}
        </Typography>
      </div>
    </Stack>
  );
}
