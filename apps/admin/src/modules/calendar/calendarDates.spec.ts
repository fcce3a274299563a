import { describe, expect, it } from 'vitest';
import { addMonths, allDayInstants, eventDays, monthWeeks, parseMonthParam } from './calendarDates';

describe('calendarDates', () => {
  it('should lay a month out in weeks from Monday, filled with the neighbouring months’ days', () => {
    const weeks = monthWeeks({ year: 2026, month: 12 });

    expect(weeks).toHaveLength(5);
    expect(weeks[0]?.map((day) => day.date)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
    expect(weeks[0]?.[0]?.inMonth).toBe(false);
    expect(weeks.at(-1)?.at(-1)).toEqual({ date: '2027-01-03', dayOfMonth: 3, inMonth: false });
  });

  it('should read only real months from the address and step across years', () => {
    expect(parseMonthParam('2026-12')).toEqual({ year: 2026, month: 12 });
    expect(parseMonthParam('2026-13')).toBeNull();
    expect(parseMonthParam('december')).toBeNull();
    expect(addMonths({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(addMonths({ year: 2027, month: 1 }, -1)).toEqual({ year: 2026, month: 12 });
  });

  it('should cover an all-day event’s days up to the one before its end, as iCalendar does', () => {
    expect(eventDays({ startsAt: '2026-12-01T00:00:00.000Z', endsAt: '2026-12-04T00:00:00.000Z', allDay: true })).toEqual({
      first: '2026-12-01',
      last: '2026-12-03',
    });
    expect(eventDays({ startsAt: '2027-02-23T00:00:00.000Z', endsAt: null, allDay: true })).toEqual({ first: '2027-02-23', last: '2027-02-23' });
  });

  it('should turn a form’s first and last days into an all-day event’s start and end', () => {
    expect(allDayInstants('2026-12-14', '2026-12-15')).toEqual({ startsAt: '2026-12-14T00:00:00.000Z', endsAt: '2026-12-16T00:00:00.000Z' });
    expect(allDayInstants('2026-12-14', null)).toEqual({ startsAt: '2026-12-14T00:00:00.000Z', endsAt: '2026-12-15T00:00:00.000Z' });
  });
});
