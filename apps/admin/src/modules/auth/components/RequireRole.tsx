import type { Role } from '@alliance/domain';
import LockOutlined from '@mui/icons-material/LockOutlined';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DeadEndMessage } from '../../../ui/DeadEndMessage';
import { useCurrentUser } from '../hooks/useCurrentUser';

/** Shows a page only to the given roles; others see why they cannot (the API refuses them too). */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { role } = useCurrentUser();
  const { t } = useTranslation('common');
  if ((roles as readonly string[]).includes(role)) return <>{children}</>;
  return <DeadEndMessage icon={LockOutlined} title={t('accessDenied.title')} body={t('accessDenied.body')} />;
}
