import { graphql } from '../../../gql';

export const CREATE_CALENDAR_EVENT_MUTATION = graphql(`
  mutation CreateCalendarEvent($input: CreateCalendarEventInput!) {
    createCalendarEvent(input: $input) {
      ...CalendarEventFields
    }
  }
`);
