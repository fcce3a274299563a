import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { Stance } from '../../../gql/graphql';

const COLORS = {
  CHAMPION: 'success',
  SUPPORTIVE: 'info',
  NEUTRAL: 'default',
  OPPOSED: 'error',
  UNKNOWN: 'default',
} as const satisfies Record<Stance, string>;

/** Where a target stands on the campaign's asks, in words; the colour is only a hint. */
export function StanceChip({ stance }: { stance: Stance }) {
  const { t } = useTranslation('campaigns');
  return (
    <Chip
      size="small"
      variant={stance === 'CHAMPION' || stance === 'OPPOSED' ? 'filled' : 'outlined'}
      color={COLORS[stance]}
      label={t(`stances.${stance}`)}
    />
  );
}
