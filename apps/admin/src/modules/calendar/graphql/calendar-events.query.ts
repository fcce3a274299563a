import { graphql } from '../../../gql';

export const CALENDAR_EVENTS_QUERY = graphql(`
  query CalendarEvents($from: DateTime!, $to: DateTime!, $campaignId: ID) {
    calendarEvents(from: $from, to: $to, campaignId: $campaignId) {
      ...CalendarEventFields
    }
  }
`);
