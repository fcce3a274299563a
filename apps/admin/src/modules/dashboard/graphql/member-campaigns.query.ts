import { graphql } from '../../../gql';

/** The campaigns open to member organisations, with who takes part (to tell the member's own apart). */
export const MEMBER_CAMPAIGNS_QUERY = graphql(`
  query MemberCampaigns {
    campaigns(first: 50) {
      totalCount
      edges {
        node {
          id
          name
          objective
          participations {
            id
            organisationId
            role
          }
        }
      }
    }
  }
`);
