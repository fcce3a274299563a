/**
 * Calendar arithmetic on plain dates (YYYY-MM-DD). Days are computed at UTC so that summer time never skips or
 * repeats one; they are shown with `timeZone: 'UTC'` for the same reason.
 */

export interface CalendarMonth {
  year: number;
  /** 1 to 12. */
  month: number;
}

export interface CalendarDay {
  /** YYYY-MM-DD */
  date: string;
  dayOfMonth: number;
  /** False for the days of the previous and next months that fill the first and last weeks. */
  inMonth: boolean;
}

const DAY_MS = 24 * 3600 * 1000;
const MONTH_PARAM = /^(\d{4})-(0[1-9]|1[0-2])$/;

const pad = (value: number) => String(value).padStart(2, '0');

function utcDate(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

function dateOf(utc: Date): string {
  return utc.toISOString().slice(0, 10);
}

/** The day after or before a date. */
export function addDays(date: string, days: number): string {
  return dateOf(new Date(utcDate(date).getTime() + days * DAY_MS));
}

/** The month of a date (the reader's today, an event's start). */
export function monthOf(date: string): CalendarMonth {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}

/** A month read from the address (`2026-12`), if it is one. */
export function parseMonthParam(value: string | null): CalendarMonth | null {
  const match = value ? MONTH_PARAM.exec(value) : null;
  return match ? { year: Number(match[1]), month: Number(match[2]) } : null;
}

/** The month as the address writes it: `2026-12`. */
export function monthParam({ year, month }: CalendarMonth): string {
  return `${year}-${pad(month)}`;
}

export function addMonths({ year, month }: CalendarMonth, months: number): CalendarMonth {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function firstDayOf({ year, month }: CalendarMonth): string {
  return `${year}-${pad(month)}-01`;
}

export function lastDayOf(calendarMonth: CalendarMonth): string {
  return addDays(firstDayOf(addMonths(calendarMonth, 1)), -1);
}

/** The month's weeks, Monday first, with the days of the neighbouring months that complete the first and last. */
export function monthWeeks(calendarMonth: CalendarMonth): CalendarDay[][] {
  const first = firstDayOf(calendarMonth);
  const last = lastDayOf(calendarMonth);
  const mondayOffset = (utcDate(first).getUTCDay() + 6) % 7;
  const weeks: CalendarDay[][] = [];
  let date = addDays(first, -mondayOffset);
  while (date <= last) {
    const week: CalendarDay[] = [];
    for (let weekday = 0; weekday < 7; weekday += 1) {
      week.push({ date, dayOfMonth: Number(date.slice(8, 10)), inMonth: date >= first && date <= last });
      date = addDays(date, 1);
    }
    weeks.push(week);
  }
  return weeks;
}

/** The days of the month itself, first to last. */
export function daysOfMonth(calendarMonth: CalendarMonth): string[] {
  const days: string[] = [];
  for (let date = firstDayOf(calendarMonth), last = lastDayOf(calendarMonth); date <= last; date = addDays(date, 1)) days.push(date);
  return days;
}

/**
 * The instants to ask the API for so that nothing shown on these days is missed: a day more on each side, since an
 * event's day depends on the reader's time zone.
 */
export function queryRange(firstDay: string, lastDay: string): { from: string; to: string } {
  return { from: utcDate(addDays(firstDay, -1)).toISOString(), to: utcDate(addDays(lastDay, 2)).toISOString() };
}

/** The reader's calendar day of an instant. */
export function localDateOf(instant: Date): string {
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

export interface DatedEvent {
  startsAt: string;
  endsAt?: string | null;
  allDay: boolean;
}

/**
 * The first and last days an event covers. An all-day event is stored from midnight UTC and is that calendar day
 * wherever the reader is; its end, as in iCalendar, is the instant it is over (the next midnight), so the last day is
 * the one just before. A timed event covers the reader's days from its start to its end.
 */
export function eventDays(event: DatedEvent): { first: string; last: string } {
  const start = new Date(event.startsAt);
  const end = event.endsAt ? new Date(event.endsAt) : null;
  const lastInstant = end && end.getTime() > start.getTime() ? new Date(end.getTime() - 1) : start;
  if (event.allDay) return { first: dateOf(start), last: dateOf(lastInstant) };
  return { first: localDateOf(start), last: localDateOf(lastInstant) };
}

/** What a form's dates (first and last day, both included) become as an all-day event's start and end instants. */
export function allDayInstants(firstDay: string, lastDay: string | null): { startsAt: string; endsAt: string } {
  return { startsAt: utcDate(firstDay).toISOString(), endsAt: utcDate(addDays(lastDay ?? firstDay, 1)).toISOString() };
}
