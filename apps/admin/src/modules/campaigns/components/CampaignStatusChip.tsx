import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { CampaignStatus } from '../../../gql/graphql';

const COLORS = {
  DRAFT: 'default',
  ACTIVE: 'success',
  PAUSED: 'warning',
  CLOSED: 'default',
} as const satisfies Record<CampaignStatus, string>;

/** A campaign's status in words, coloured as a hint. */
export function CampaignStatusChip({ status }: { status: CampaignStatus }) {
  const { t } = useTranslation('campaigns');
  return <Chip size="small" variant={status === 'ACTIVE' ? 'filled' : 'outlined'} color={COLORS[status]} label={t(`statuses.${status}`)} />;
}
