import { addMonths, firstDayOf, type CalendarMonth } from './calendarDates';

/** How many months, from the one shown, the iCalendar download covers (the API takes at most 400 days). */
export const CALENDAR_EXPORT_MONTHS = 12;

/** The API's iCalendar export (GET /api/calendar.ics?from=&to=&campaignId=) of the months from the one shown. */
export function calendarExportUrl(month: CalendarMonth, campaignId: string | null): string {
  const params = new URLSearchParams({
    from: `${firstDayOf(month)}T00:00:00.000Z`,
    to: `${firstDayOf(addMonths(month, CALENDAR_EXPORT_MONTHS))}T00:00:00.000Z`,
  });
  if (campaignId) params.set('campaignId', campaignId);
  return `/api/calendar.ics?${params.toString()}`;
}
