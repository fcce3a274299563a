import { graphql } from '../../../gql';

export const DELETE_CALENDAR_EVENT_MUTATION = graphql(`
  mutation DeleteCalendarEvent($id: ID!) {
    deleteCalendarEvent(id: $id)
  }
`);
