import { Role } from '@alliance/domain';
import { createTestApp, GraphqlClient, TestApp } from './support/test-app';

const CREATE_CONTACT = 'mutation ($input: CreateContactInput!) { createContact(input: $input) { id } }';
const DUPLICATES = '{ contactDuplicates { reason score first { id lastName } second { id lastName } } }';
const MERGE = 'mutation ($input: MergeContactsInput!) { mergeContacts(input: $input) { id tags emails { address isPrimary } affiliations { organisation { name } } positions { title } emailConsent { status source } } }';

describe('Finding and merging duplicate contacts', () => {
  let testApp: TestApp;
  let coordinator: GraphqlClient;
  let organisation: string;
  let un: string;

  const create = async (input: Record<string, unknown>) => (await coordinator.ok<{ createContact: { id: string } }>(CREATE_CONTACT, { input })).createContact.id;

  beforeAll(async () => {
    testApp = await createTestApp();
    coordinator = await testApp.signedIn(Role.COORDINATOR);
    organisation = (await coordinator.ok<{ createOrganisation: { id: string } }>('mutation { createOrganisation(input: { name: "Darfur Network", type: NGO }) { id } }')).createOrganisation.id;
    un = (await coordinator.ok<{ institutions: { edges: { node: { id: string } }[] } }>('{ institutions(filter: { search: "United Nations Secretariat" }) { edges { node { id } } } }')).institutions.edges[0].node.id;
  });

  afterAll(() => testApp.close());

  it('should find the same person entered twice, and merge them keeping every record', async () => {
    const keep = await create({
      firstName: 'Mohamed', lastName: 'Osman', emails: [{ address: 'm.osman@darfur.test' }], tags: ['darfur'],
      affiliations: [{ organisationId: organisation, title: 'Director' }],
      emailConsent: { status: 'WITHDRAWN', source: 'old form' },
    });
    const merged = await create({
      firstName: 'Mohammed', lastName: 'Osman', emails: [{ address: 'mohammed.osman@example.org' }], tags: ['sudan'],
      affiliations: [{ organisationId: organisation }],
      emailConsent: { status: 'GRANTED', source: 'signed at the 2026 briefing' },
    });
    await create({ firstName: 'Someone', lastName: 'Else', affiliations: [{ organisationId: organisation }] });
    await coordinator.ok('mutation ($input: AddPositionInput!) { addPosition(input: $input) { id } }', {
      input: { contactId: merged, institutionId: un, title: 'Political Affairs Officer', startDate: '2024-01-01' },
    });

    const { contactDuplicates } = await coordinator.ok<{ contactDuplicates: { reason: string; first: { id: string }; second: { id: string } }[] }>(DUPLICATES);
    expect(contactDuplicates).toEqual([
      expect.objectContaining({ reason: 'SIMILAR_NAME_SAME_ORGANISATION', first: expect.objectContaining({ id: [keep, merged].sort()[0] }) }),
    ]);

    const { mergeContacts } = await coordinator.ok<{ mergeContacts: Record<string, unknown> }>(MERGE, { input: { keepId: keep, mergeId: merged } });
    expect(mergeContacts).toMatchObject({
      tags: ['darfur', 'sudan'],
      emails: [
        { address: 'm.osman@darfur.test', isPrimary: true },
        { address: 'mohammed.osman@example.org', isPrimary: false },
      ],
      affiliations: [{ organisation: { name: 'Darfur Network' } }],
      positions: [{ title: 'Political Affairs Officer' }],
      emailConsent: { status: 'GRANTED', source: 'signed at the 2026 briefing' },
    });
    expect((await coordinator.ok<{ contact: unknown }>('query ($id: ID!) { contact(id: $id) { id } }', { id: merged })).contact).toBeNull();
    expect((await coordinator.ok<{ contactDuplicates: unknown[] }>(DUPLICATES)).contactDuplicates).toEqual([]);

    const audit = await coordinator.ok<{ auditEvents: { edges: { node: { action: string } }[] } }>(
      'query ($id: String) { auditEvents(filter: { entityId: $id }) { edges { node { action } } } }',
      { id: merged },
    );
    expect(audit.auditEvents.edges[0].node.action).toBe('contact.merged-into');

    const restored = await coordinator.ok<{ restoreContact: { mergedIntoId: string } }>('mutation ($id: ID!) { restoreContact(id: $id) { mergedIntoId } }', { id: merged });
    expect(restored.restoreContact.mergedIntoId).toBe(keep);
  });

  it('should carry the merged person\'s meetings and list subscriptions over, never re-subscribing someone who left a list', async () => {
    const keep = await create({ firstName: 'Fatima', lastName: 'Yusuf', emails: [{ address: 'f.yusuf@merge.test' }] });
    const merged = await create({ firstName: 'Fatma', lastName: 'Yusuf', emails: [{ address: 'fatma.yusuf@merge.test' }] });
    const list = async (name: string) =>
      (await coordinator.ok<{ createMailingList: { id: string } }>('mutation ($input: CreateMailingListInput!) { createMailingList(input: $input) { id } }', { input: { name } }))
        .createMailingList.id;
    const [alerts, newsletter, briefings] = [await list('Alerts (merge)'), await list('Newsletter (merge)'), await list('Briefings (merge)')];
    const subscribe = (listId: string, contactId: string) =>
      coordinator.ok('mutation ($input: SubscribeContactInput!) { subscribeContact(input: $input) { id } }', { input: { listId, contactId, consentSource: 'signed sheet' } });
    await subscribe(alerts, keep);
    await subscribe(alerts, merged);
    await coordinator.ok('mutation ($input: UnsubscribeContactInput!) { unsubscribeContact(input: $input) { id } }', { input: { listId: alerts, contactId: merged } });
    await subscribe(newsletter, merged);
    await subscribe(briefings, keep);
    await coordinator.ok('mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id } }', {
      input: { contactIds: [merged], occurredAt: '2026-10-01T10:00:00Z', subject: 'Briefing on Darfur' },
    });

    await coordinator.ok(MERGE, { input: { keepId: keep, mergeId: merged } });

    const { listSubscriptions } = await coordinator.ok<{ listSubscriptions: { edges: { node: { listId: string; status: string } }[] } }>(
      'query ($contactId: ID) { listSubscriptions(filter: { contactId: $contactId }) { edges { node { listId status } } } }',
      { contactId: keep },
    );
    const statusOn = (listId: string) => listSubscriptions.edges.find((edge) => edge.node.listId === listId)?.node.status;
    expect(listSubscriptions.edges).toHaveLength(3);
    expect(statusOn(alerts)).toBe('UNSUBSCRIBED');
    expect(statusOn(newsletter)).toBe('SUBSCRIBED');
    expect(statusOn(briefings)).toBe('SUBSCRIBED');
    const { interactions } = await coordinator.ok<{ interactions: { edges: { node: { subject: string } }[] } }>(
      'query ($contactId: ID) { interactions(filter: { contactId: $contactId }) { edges { node { subject } } } }',
      { contactId: keep },
    );
    expect(interactions.edges.map((edge) => edge.node.subject)).toEqual(['Briefing on Darfur']);
  });

  it('should let only coordinators merge', async () => {
    const advocate = await testApp.signedIn(Role.ADVOCATE);
    const result = await advocate.query(MERGE, { input: { keepId: '6f1c9a4e-2d7b-4b8e-9c3a-1e2f3a4b5c6d', mergeId: '7f1c9a4e-2d7b-4b8e-9c3a-1e2f3a4b5c6d' } });
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
