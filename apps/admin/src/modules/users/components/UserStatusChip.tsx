import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { UserStatus } from '../../../gql/graphql';

const COLORS = { ACTIVE: 'success', INVITED: 'info', DISABLED: 'default' } as const;

export function UserStatusChip({ status }: { status: UserStatus }) {
  const { t } = useTranslation('common');
  return <Chip size="small" variant="outlined" color={COLORS[status]} label={t(`statuses.${status}`)} />;
}
