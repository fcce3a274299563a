import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import { formatDate } from '../../../ui/formatDateTime';
import { daysSinceReached, isStaleTarget } from '../targetReach';

/**
 * When the target was last reached. One never reached, or not for too long, stands out with a warning icon and says
 * so in words.
 */
export function TargetLastReached({ lastReachedAt }: { lastReachedAt: string | null | undefined }) {
  const { t, i18n } = useTranslation('campaigns');
  const days = daysSinceReached(lastReachedAt);
  const date = lastReachedAt ? <time dateTime={lastReachedAt}>{formatDate(lastReachedAt, currentLanguage(i18n))}</time> : null;
  if (!isStaleTarget(lastReachedAt)) return date;
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      {date}
      <Chip
        size="small"
        color="warning"
        variant="outlined"
        icon={<WarningAmberOutlined aria-hidden />}
        label={days === null ? t('targets.neverReached') : t('targets.notReachedFor', { days })}
      />
    </Stack>
  );
}
