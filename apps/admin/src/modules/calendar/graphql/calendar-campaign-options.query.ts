import { graphql } from '../../../gql';

/** The campaigns the caller may see, by name: the calendar's campaign filter and the new event's campaign. */
export const CALENDAR_CAMPAIGN_OPTIONS_QUERY = graphql(`
  query CalendarCampaignOptions {
    campaigns(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
