import { Role } from '@alliance/domain';
import { seedSubscribers } from './support/mailing-fixtures';
import { statementsOf } from './support/statement-count';
import { createTestApp, GraphqlClient, TestApp } from './support/test-app';

const SUBSCRIBERS = `query ($listId: ID!, $first: Int) {
  listSubscriptions(filter: { listId: $listId }, first: $first) { edges { node { id status contact { id firstName lastName } } } }
}`;
const MAILINGS = `query ($first: Int) {
  mailings(filter: { search: "Related" }, first: $first) {
    edges { node { id list { id name } audience { id name } campaign { id name } createdBy { id name } sendRequestedBy { name } approvedBy { name } } }
  }
}`;
const PAGE = 20;

interface MailingNode {
  id: string;
  list: { id: string; name: string } | null;
  audience: { id: string; name: string } | null;
  campaign: { id: string; name: string } | null;
  createdBy: { id: string; name: string } | null;
  sendRequestedBy: { name: string } | null;
  approvedBy: { name: string } | null;
}

describe('Records a mailing or a subscription refers to', () => {
  let testApp: TestApp;
  let coordinator: GraphqlClient;
  let listId: string;

  const statements = (query: string, variables: Record<string, unknown>) => statementsOf(coordinator, query, variables);

  async function create<T>(mutation: string, input: Record<string, unknown>): Promise<T> {
    const data = await coordinator.ok<Record<string, T>>(mutation, { input });
    return Object.values(data)[0];
  }

  beforeAll(async () => {
    // The API alone: no worker loop runs statements of its own while these are counted.
    testApp = await createTestApp({}, 'api');
    coordinator = await testApp.signedIn(Role.COORDINATOR);
    listId = (await create<{ id: string }>('mutation ($input: CreateMailingListInput!) { createMailingList(input: $input) { id } }', { name: 'Related subscribers' })).id;
    await seedSubscribers(testApp.dataSource, listId, PAGE, 'related');

    for (let index = 0; index < PAGE; index++) {
      const list = await create<{ id: string }>('mutation ($input: CreateMailingListInput!) { createMailingList(input: $input) { id } }', { name: `Related list ${index}` });
      const audience = await create<{ id: string }>('mutation ($input: CreateAudienceInput!) { createAudience(input: $input) { id } }', {
        name: `Related audience ${index}`,
        rule: { kind: 'LISTS', listIds: [list.id] },
      });
      const campaign = await create<{ id: string }>('mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }', { name: `Related campaign ${index}` });
      const mailing = await create<{ id: string }>('mutation ($input: CreateMailingInput!) { createMailing(input: $input) { id } }', {
        name: `Related mailing ${index}`,
        listId: list.id,
        audienceId: audience.id,
        campaignId: campaign.id,
        translations: [{ language: 'EN', subject: 'Act now', body: 'Act now.' }],
      });
      // Each mailing by other people, so the page refers to as many users as mailings.
      const [author, requester, approver] = await Promise.all(
        ['author', 'requester', 'approver'].map((role) => testApp.createUser({ email: `${role}${index}@alliance.test`, role: Role.COORDINATOR, name: `${role} ${index}` })),
      );
      await testApp.dataSource.query('UPDATE mailings SET created_by_id = $2, send_requested_by_id = $3, approved_by_id = $4 WHERE id = $1', [
        mailing.id,
        author.id,
        requester.id,
        approver.id,
      ]);
    }
  }, 120_000);

  afterAll(() => testApp.close());

  it("should give each subscription its contact, and null once the contact is deleted", async () => {
    const { listSubscriptions } = await coordinator.ok<{ listSubscriptions: { edges: { node: { contact: { id: string; lastName: string } | null } }[] } }>(SUBSCRIBERS, {
      listId,
      first: PAGE,
    });
    const contacts = listSubscriptions.edges.map((edge) => edge.node.contact);
    expect(contacts.map((contact) => contact?.lastName).sort()).toEqual(Array.from({ length: PAGE }, (_, index) => `related-${index + 1}`).sort());

    const deleted = contacts[0]!.id;
    await coordinator.ok('mutation ($id: ID!) { deleteContact(id: $id) { id } }', { id: deleted });
    const after = await coordinator.ok<{ listSubscriptions: { edges: { node: { contact: { id: string } | null } }[] } }>(SUBSCRIBERS, { listId, first: PAGE });
    expect(after.listSubscriptions.edges.filter((edge) => edge.node.contact === null)).toHaveLength(1);
  });

  it('should give each mailing its list, audience, campaign and people', async () => {
    const { mailings } = await coordinator.ok<{ mailings: { edges: { node: MailingNode }[] } }>(MAILINGS, { first: PAGE });
    expect(mailings.edges).toHaveLength(PAGE);
    for (const { node } of mailings.edges) {
      const index = /(\d+)$/.exec(node.list!.name)![1];
      expect(node).toMatchObject({
        audience: { name: `Related audience ${index}` },
        campaign: { name: `Related campaign ${index}` },
        createdBy: { name: `author ${index}` },
        sendRequestedBy: { name: `requester ${index}` },
        approvedBy: { name: `approver ${index}` },
      });
    }
  });

  it('should run the same number of SQL statements for a page of 2 or of 20 subscriptions with their contacts', async () => {
    const small = await statements(SUBSCRIBERS, { listId, first: 2 });
    expect(await statements(SUBSCRIBERS, { listId, first: PAGE })).toBe(small);
  });

  it('should run the same number of SQL statements for a page of 2 or of 20 mailings with what they refer to', async () => {
    const small = await statements(MAILINGS, { first: 2 });
    expect(await statements(MAILINGS, { first: PAGE })).toBe(small);
  });
});
