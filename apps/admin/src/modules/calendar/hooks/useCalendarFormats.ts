import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import type { CalendarMonth } from '../calendarDates';
import { firstDayOf } from '../calendarDates';

export interface CalendarFormats {
  language: string;
  /** "December 2026", "Décembre 2026": a heading. */
  monthTitle: (month: CalendarMonth) => string;
  /** "December 2026", "décembre 2026": within a sentence. */
  monthName: (month: CalendarMonth) => string;
  /** Monday to Sunday, in full and short, for the grid's column headers. */
  weekdays: { long: string; short: string }[];
  /** "Thursday, December 3", "jeudi 3 décembre". */
  dayTitle: (date: string) => string;
  /** "Dec 1 – 31, 2026", "1–31 déc. 2026": the days an event covers. */
  dayRange: (first: string, last: string) => string;
  /** An instant's time of day where the reader is: "3:00 PM", "15:00". */
  time: (instant: string) => string;
}

// Monday 1 January 2024: the first of seven days that give the weekday names in order.
const A_MONDAY = Date.UTC(2024, 0, 1);
const DAY_MS = 24 * 3600 * 1000;

const noon = (date: string) => new Date(`${date}T12:00:00.000Z`);

function capitalised(text: string, language: string): string {
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}

/** Month and day names, dates and times as the reader's language writes them (Intl). */
export function useCalendarFormats(): CalendarFormats {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return useMemo(() => {
    const monthFormat = new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const longWeekday = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
    const shortWeekday = new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' });
    const dayFormat = new Intl.DateTimeFormat(language, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
    const rangeFormat = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    const timeFormat = new Intl.DateTimeFormat(language, { timeStyle: 'short' });
    return {
      language,
      monthTitle: (month) => capitalised(monthFormat.format(noon(firstDayOf(month))), language),
      monthName: (month) => monthFormat.format(noon(firstDayOf(month))),
      weekdays: Array.from({ length: 7 }, (_, index) => {
        const day = new Date(A_MONDAY + index * DAY_MS);
        return { long: capitalised(longWeekday.format(day), language), short: capitalised(shortWeekday.format(day), language) };
      }),
      dayTitle: (date) => capitalised(dayFormat.format(noon(date)), language),
      dayRange: (first, last) => (first === last ? rangeFormat.format(noon(first)) : rangeFormat.formatRange(noon(first), noon(last))),
      time: (instant) => timeFormat.format(new Date(instant)),
    };
  }, [language]);
}
