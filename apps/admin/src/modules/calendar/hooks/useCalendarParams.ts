import { useMemo } from 'react';
import { todayCalendarDate } from '../../../ui/calendarDate';
import { useSearchParamValues } from '../../../ui/useSearchParamValues';
import { idParam } from '../../institutions/hooks/listParams';
import { monthOf, monthParam, parseMonthParam, type CalendarMonth } from '../calendarDates';

/** The calendar's view as the address spells it: /calendar?month=2026-12&campaign=... */
const PARAMS = ['month', 'campaign'] as const;

export interface CalendarParams {
  /** The month shown; this month when the address names none. */
  month: CalendarMonth;
  /** Only this campaign's events and tasks. */
  campaignId: string | null;
  showMonth: (month: CalendarMonth) => void;
  showCampaign: (campaignId: string | null) => void;
}

/** The month and campaign the calendar shows, read from and written to the query string. */
export function useCalendarParams(): CalendarParams {
  const [values, change] = useSearchParamValues(PARAMS);
  const month = useMemo(() => parseMonthParam(values.month) ?? monthOf(todayCalendarDate()), [values.month]);
  return {
    month,
    campaignId: idParam(values.campaign),
    showMonth: (shown) => change({ month: monthParam(shown) }),
    showCampaign: (campaignId) => change({ campaign: campaignId }),
  };
}
