import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import { formatDate } from '../../../ui/formatDateTime';

export interface DatedPeriod {
  startDate: string;
  endDate?: string | null;
}

/** How long a position or a seat lasts, in words: "since 1 Jan 2024", "1 Jan 2019 – 31 Dec 2022". */
export function usePositionPeriod(): (period: DatedPeriod) => string {
  const { t, i18n } = useTranslation('institutions');
  const language = currentLanguage(i18n);
  return useCallback(
    ({ startDate, endDate }: DatedPeriod) => {
      const start = formatDate(startDate, language);
      return endDate ? t('period.between', { start, end: formatDate(endDate, language) }) : t('period.since', { start });
    },
    [t, language],
  );
}
