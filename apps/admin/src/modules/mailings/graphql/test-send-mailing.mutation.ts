import { graphql } from '../../../gql';

/** Sends the mailing in each of its languages to the signed-in coordinator only. */
export const TEST_SEND_MAILING_MUTATION = graphql(`
  mutation TestSendMailing($id: ID!) {
    testSendMailing(id: $id)
  }
`);
