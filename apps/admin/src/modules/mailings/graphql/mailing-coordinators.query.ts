import { graphql } from '../../../gql';

/** The coordinators, to name who asked for a mailing to be sent and who approved it (a mailing gives their ids). */
export const MAILING_COORDINATORS_QUERY = graphql(`
  query MailingCoordinators {
    colleagues(first: 100, filter: { role: COORDINATOR }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
