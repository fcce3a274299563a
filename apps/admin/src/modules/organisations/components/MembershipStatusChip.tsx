import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { MembershipStatus } from '../../../gql/graphql';

const COLORS = {
  PROSPECT: 'default',
  APPLIED: 'info',
  ACTIVE: 'success',
  LAPSED: 'warning',
  SUSPENDED: 'error',
  FORMER: 'default',
} as const satisfies Record<MembershipStatus, string>;

export function MembershipStatusChip({ status }: { status: MembershipStatus }) {
  const { t } = useTranslation('organisations');
  return <Chip size="small" variant="outlined" color={COLORS[status]} label={t(`statuses.${status}`)} />;
}
