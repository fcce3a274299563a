import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import type { MailingProgressFieldsFragment, MailingStatus } from '../../../gql/graphql';
import { VisuallyHidden } from '../../../ui/VisuallyHidden';
import { formatCount } from '../mailingOptions';

export type ProgressFigure =
  | 'queued'
  | 'sent'
  | 'failed'
  | 'bounced'
  | 'suppressed'
  | 'unsubscribed'
  | 'noConsent'
  | 'unknown'
  | 'cancelled'
  | 'opened'
  | 'clicked';

/** Each figure's colour in the list, so the eye finds failures and unknowns quickly (the words say the same). */
const FIGURE_COLOURS: Record<ProgressFigure, string> = {
  queued: 'grey.500',
  sent: 'success.main',
  failed: 'error.main',
  bounced: 'error.dark',
  suppressed: 'warning.main',
  unsubscribed: 'warning.dark',
  noConsent: 'warning.light',
  unknown: 'secondary.main',
  cancelled: 'grey.700',
  opened: 'info.main',
  clicked: 'info.dark',
};

/** The figures shown, in this order; opens and clicks only for mailings that track them. */
export function progressFigures(progress: MailingProgressFieldsFragment): Array<{ figure: ProgressFigure; value: number }> {
  const figures: Array<{ figure: ProgressFigure; value: number }> = [
    { figure: 'queued', value: progress.queued },
    { figure: 'sent', value: progress.sent },
    { figure: 'failed', value: progress.failed },
    { figure: 'bounced', value: progress.bounced },
    { figure: 'suppressed', value: progress.suppressed },
    { figure: 'unsubscribed', value: progress.unsubscribed },
    { figure: 'noConsent', value: progress.noConsent },
    { figure: 'unknown', value: progress.unknown },
    { figure: 'cancelled', value: progress.cancelled },
  ];
  if (progress.opened !== null && progress.opened !== undefined) figures.push({ figure: 'opened', value: progress.opened });
  if (progress.clicked !== null && progress.clicked !== undefined) figures.push({ figure: 'clicked', value: progress.clicked });
  return figures;
}

/** Deliveries whose outcome is settled: everything but those still waiting or being sent. */
export function handledCount(progress: MailingProgressFieldsFragment): number {
  return Math.max(0, progress.total - progress.queued);
}

/**
 * How much of the mailing is handled, in whole percent. Rounded down: 100% only once every delivery is accounted
 * for. A finished mailing with no recipient at all is complete.
 */
export function handledPercent(progress: MailingProgressFieldsFragment, status: MailingStatus): number {
  if (progress.total === 0) return status === 'FINISHED' ? 100 : 0;
  return Math.floor((handledCount(progress) * 100) / progress.total);
}

export interface MailingProgressProps {
  progress: MailingProgressFieldsFragment;
  status: MailingStatus;
}

/**
 * The progress bar and the figures per outcome, live while sending and final after. Screen readers get the bar's
 * value in words, the figures as a description list, and a polite announcement at each tenth.
 */
export function MailingProgress({ progress, status }: MailingProgressProps) {
  const { t, i18n } = useTranslation('mailings');
  const language = currentLanguage(i18n);
  const n = (value: number) => formatCount(value, language);
  const percent = handledPercent(progress, status);
  const summary = t('progress.summary', { percent, handled: n(handledCount(progress)), total: n(progress.total) });
  // Announced at each tenth, not at every poll: a sentence a second would drown everything else out.
  const announced = t('progress.announcement', { state: t(`statuses.${status}`), percent: Math.floor(percent / 10) * 10 });

  return (
    <Stack spacing={2}>
      <Box>
        <Stack direction="row" sx={{ justifyContent: 'space-between', mb: 1, gap: 2, flexWrap: 'wrap' }}>
          <Typography sx={{ fontWeight: 600 }} aria-hidden>
            {summary}
          </Typography>
        </Stack>
        <LinearProgress
          variant="determinate"
          value={percent}
          aria-label={t('progress.label')}
          aria-valuetext={summary}
          color={status === 'PAUSED' ? 'warning' : status === 'CANCELLED' ? 'inherit' : 'primary'}
          sx={{ height: 12, borderRadius: 1 }}
        />
        <VisuallyHidden>
          <span role="status">{announced}</span>
        </VisuallyHidden>
      </Box>
      <Box
        component="dl"
        sx={{ m: 0, display: 'grid', gridTemplateColumns: { xs: 'repeat(2, 1fr)', sm: 'repeat(3, 1fr)', md: 'repeat(5, 1fr)' }, gap: 1.5 }}
      >
        {progressFigures(progress).map(({ figure, value }) => (
          <Box key={figure} sx={{ borderLeft: 4, borderColor: FIGURE_COLOURS[figure], pl: 1.5 }}>
            <Typography component="dt" variant="body2" color="text.secondary">
              {t(`progress.figures.${figure}`)}
            </Typography>
            <Typography component="dd" sx={{ m: 0, fontWeight: 600, fontSize: '1.25rem' }}>
              {n(value)}
            </Typography>
          </Box>
        ))}
      </Box>
    </Stack>
  );
}
