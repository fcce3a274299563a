import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import { formatDate } from '../../../ui/formatDateTime';

export interface CampaignDates {
  startDate?: string | null;
  endDate?: string | null;
}

/** When a campaign runs, in words: "Mar 1, 2026 – Jun 30, 2026", "From Mar 1, 2026", "Until ..."; null without dates. */
export function useCampaignPeriod(): (dates: CampaignDates) => string | null {
  const { t, i18n } = useTranslation('campaigns');
  const language = currentLanguage(i18n);
  return useCallback(
    ({ startDate, endDate }: CampaignDates) => {
      const start = startDate ? formatDate(startDate, language) : null;
      const end = endDate ? formatDate(endDate, language) : null;
      if (start && end) return t('period.between', { start, end });
      if (start) return t('period.from', { start });
      if (end) return t('period.until', { end });
      return null;
    },
    [t, language],
  );
}
