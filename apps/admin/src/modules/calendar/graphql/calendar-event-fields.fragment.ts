import { graphql } from '../../../gql';

export const CALENDAR_EVENT_FIELDS_FRAGMENT = graphql(`
  fragment CalendarEventFields on CalendarEvent {
    id
    title
    kind
    startsAt
    endsAt
    allDay
    location
    description
    campaignId
  }
`);
