import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { countOf, STANCE_COLOURS, STANCES, type StanceCountLike } from '../stances';

/** A campaign's targets by stance: a small stacked bar for the eye, and the same numbers written out. */
export function StanceBar({ counts }: { counts: readonly StanceCountLike[] }) {
  const { t } = useTranslation('dashboard');
  const total = STANCES.reduce((sum, stance) => sum + countOf(counts, stance), 0);
  if (total === 0) return <Typography variant="body2" color="text.secondary">{t('campaigns.noTargets')}</Typography>;
  const present = STANCES.filter((stance) => countOf(counts, stance) > 0);
  return (
    <Box>
      <Typography variant="body2" sx={{ fontWeight: 600, mb: 0.5 }}>
        {t('campaigns.targets', { count: total })}
      </Typography>
      <Box aria-hidden sx={{ display: 'flex', height: 12, borderRadius: 1, overflow: 'hidden', bgcolor: 'action.hover' }}>
        {present.map((stance) => (
          <Box key={stance} sx={{ width: `${(countOf(counts, stance) / total) * 100}%`, bgcolor: STANCE_COLOURS[stance] }} />
        ))}
      </Box>
      <Stack component="ul" direction="row" sx={{ listStyle: 'none', p: 0, m: 0, mt: 0.75, flexWrap: 'wrap', columnGap: 1.5, rowGap: 0.25 }}>
        {present.map((stance) => (
          <Typography component="li" variant="body2" key={stance} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
            <Box aria-hidden component="span" sx={{ width: 10, height: 10, borderRadius: '2px', bgcolor: STANCE_COLOURS[stance] }} />
            {t('campaigns.stanceCount', { stance: t(`stances.${stance}`), number: countOf(counts, stance) })}
          </Typography>
        ))}
      </Stack>
    </Box>
  );
}
