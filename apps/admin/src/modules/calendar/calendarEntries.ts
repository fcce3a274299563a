import type { CalendarEventFieldsFragment } from '../../gql/graphql';
import { eventDays } from './calendarDates';

export type CalendarEvent = CalendarEventFieldsFragment;

/** An event with the first and last days it covers where the reader is. */
export interface PlacedEvent {
  event: CalendarEvent;
  first: string;
  last: string;
}

export function placeEvents(events: readonly CalendarEvent[]): PlacedEvent[] {
  return events.map((event) => ({ event, ...eventDays(event) }));
}

/** The events on a day: each multi-day event is on every day it covers. */
export function eventsOn(placed: readonly PlacedEvent[], date: string): CalendarEvent[] {
  return placed.filter(({ first, last }) => first <= date && date <= last).map(({ event }) => event);
}

/** The id of an event's entry in the agenda list, which the grid links to. */
export const agendaEntryId = (eventId: string) => `calendar-event-${eventId}`;

/** The id of the agenda list, which the grid's skip link goes to. */
export const AGENDA_ID = 'calendar-agenda';
