import type { Role } from '@alliance/domain';
import LockOutlined from '@mui/icons-material/LockOutlined';
import Button from '@mui/material/Button';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { StatusMessage } from '../../../ui/StatusMessage';
import { useCurrentUser } from '../hooks/useCurrentUser';

/** Shows a page only to the given roles; others see why they cannot (the API refuses them too). */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { role } = useCurrentUser();
  const { t } = useTranslation('common');
  if ((roles as readonly string[]).includes(role)) return <>{children}</>;
  return (
    <StatusMessage
      icon={<LockOutlined color="action" fontSize="large" aria-hidden />}
      title={t('accessDenied.title')}
      body={t('accessDenied.body')}
      action={
        <Button component={RouterLink} to="/" variant="outlined">
          {t('actions.backToDashboard')}
        </Button>
      }
    />
  );
}
