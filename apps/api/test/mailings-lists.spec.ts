import { Role } from '@alliance/domain';
import { createTestApp, GraphqlClient, TestApp } from './support/test-app';

const CREATE_LIST = 'mutation ($input: CreateMailingListInput!) { createMailingList(input: $input) { id name description doubleOptIn isPublic } }';
const UPDATE_LIST = 'mutation ($input: UpdateMailingListInput!) { updateMailingList(input: $input) { id name description doubleOptIn isPublic } }';
const LISTS = 'query ($first: Int, $after: String, $search: String) { mailingLists(first: $first, after: $after, search: $search) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }';
const SUBSCRIBE = 'mutation ($input: SubscribeContactInput!) { subscribeContact(input: $input) { id status consentSource consentAt confirmedAt unsubscribedAt } }';
const UNSUBSCRIBE = 'mutation ($input: UnsubscribeContactInput!) { unsubscribeContact(input: $input) { id status unsubscribedAt consentSource } }';
const SUBSCRIPTIONS = `query ($first: Int, $after: String, $filter: ListSubscriptionsFilter) {
  listSubscriptions(first: $first, after: $after, filter: $filter) { totalCount edges { node { listId contactId status } } pageInfo { hasNextPage endCursor } }
}`;
const SUPPRESS = 'mutation ($input: SuppressAddressInput!) { suppressAddress(input: $input) { address reason detail } }';
const SUPPRESSIONS = 'query ($first: Int, $after: String, $search: String) { suppressions(first: $first, after: $after, search: $search) { totalCount edges { node { address reason } } pageInfo { hasNextPage endCursor } } }';
const UNSUPPRESS = 'mutation ($address: String!) { unsuppressAddress(address: $address) }';

interface Page<T> {
  totalCount: number;
  edges: { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe('Mailing lists, subscriptions and suppressions (staff)', () => {
  let testApp: TestApp;
  let coordinator: GraphqlClient;
  let advocate: GraphqlClient;
  let member: GraphqlClient;

  async function createContact(firstName: string, address: string): Promise<string> {
    const { createContact } = await coordinator.ok<{ createContact: { id: string } }>('mutation ($input: CreateContactInput!) { createContact(input: $input) { id } }', {
      input: { firstName, lastName: 'Test', emails: [{ address, isPrimary: true }] },
    });
    return createContact.id;
  }

  async function createList(name: string, extra: Record<string, unknown> = {}): Promise<string> {
    return (await coordinator.ok<{ createMailingList: { id: string } }>(CREATE_LIST, { input: { name, ...extra } })).createMailingList.id;
  }

  async function auditActions(entityType: string, entityId: string): Promise<string[]> {
    const rows: { action: string }[] = await testApp.dataSource.query('SELECT action FROM audit_events WHERE entity_type = $1 AND entity_id = $2 ORDER BY id', [entityType, entityId]);
    return rows.map((row) => row.action);
  }

  beforeAll(async () => {
    testApp = await createTestApp();
    coordinator = await testApp.signedIn(Role.COORDINATOR);
    advocate = await testApp.signedIn(Role.ADVOCATE);
    member = await testApp.signedIn(Role.MEMBER);
  });

  afterAll(() => testApp.close());

  describe('lists', () => {
    it('should create a list with double opt-in on and not public by default, and audit it', async () => {
      const { createMailingList } = await coordinator.ok<{ createMailingList: { id: string; doubleOptIn: boolean; isPublic: boolean } }>(CREATE_LIST, {
        input: { name: 'Action alerts', description: 'When a situation worsens.' },
      });
      expect(createMailingList).toMatchObject({ doubleOptIn: true, isPublic: false });
      expect(await auditActions('mailing_list', createMailingList.id)).toEqual(['mailing_list.create']);
    });

    it('should update a list, clear its description, and audit the change', async () => {
      const id = await createList('Newsletter draft', { description: 'Monthly' });
      const { updateMailingList } = await coordinator.ok<{ updateMailingList: Record<string, unknown> }>(UPDATE_LIST, {
        input: { id, name: 'Newsletter', description: null, isPublic: true, doubleOptIn: false },
      });
      expect(updateMailingList).toEqual({ id, name: 'Newsletter', description: null, doubleOptIn: false, isPublic: true });
      expect(await auditActions('mailing_list', id)).toEqual(['mailing_list.create', 'mailing_list.update']);
      const [change] = await testApp.dataSource.query(`SELECT changes FROM audit_events WHERE action = 'mailing_list.update' AND entity_id = $1`, [id]);
      expect((change.changes as { field: string }[]).map((c) => c.field).sort()).toEqual(['description', 'doubleOptIn', 'isPublic', 'name']);
    });

    it('should refuse a second list of the same name, whatever its case, naming the field', async () => {
      await createList('Press releases');
      const result = await coordinator.query(CREATE_LIST, { input: { name: 'PRESS RELEASES' } });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    });

    it('should answer NOT_FOUND when updating a list that does not exist', async () => {
      const result = await coordinator.query(UPDATE_LIST, { input: { id: '00000000-0000-4000-8000-000000000000', name: 'Ghost' } });
      expect(result.errors?.[0].extensions.code).toBe('NOT_FOUND');
    });

    it('should page through lists by name with keyset cursors and search by name', async () => {
      for (const name of ['Zeta digest', 'alpha briefings', 'Beta updates']) await createList(name);
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const { mailingLists }: { mailingLists: Page<{ name: string }> } = await advocate.ok(LISTS, { first: 2, after });
        seen.push(...mailingLists.edges.map((edge) => edge.node.name));
        after = mailingLists.pageInfo.hasNextPage ? mailingLists.pageInfo.endCursor : null;
      } while (after);
      const sorted = [...seen].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
      expect(seen).toEqual(sorted);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual(expect.arrayContaining(['Zeta digest', 'alpha briefings', 'Beta updates', 'Action alerts']));
      const found = await advocate.ok<{ mailingLists: Page<{ name: string }> }>(LISTS, { search: 'BRIEF' });
      expect(found.mailingLists.edges.map((edge) => edge.node.name)).toEqual(['alpha briefings']);
    });

    it('should let advocates read but not write lists, and members do neither', async () => {
      const refused = await advocate.query(CREATE_LIST, { input: { name: 'Advocates list' } });
      expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const memberRead = await member.query(LISTS);
      expect(memberRead.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const memberWrite = await member.query(CREATE_LIST, { input: { name: 'Members list' } });
      expect(memberWrite.errors?.[0].extensions.code).toBe('FORBIDDEN');
    });
  });

  describe('subscriptions', () => {
    it('should record a staff subscription with its consent, unconfirmed, and audit it', async () => {
      const listId = await createList('Policy briefings');
      const contactId = await createContact('Amina', 'amina.briefings@example.org');
      const before = Date.now();
      const { subscribeContact } = await coordinator.ok<{ subscribeContact: { id: string; status: string; consentSource: string; consentAt: string; confirmedAt: string | null } }>(SUBSCRIBE, {
        input: { listId, contactId, consentSource: 'signed sheet, Geneva side event' },
      });
      expect(subscribeContact).toMatchObject({ status: 'SUBSCRIBED', consentSource: 'signed sheet, Geneva side event', confirmedAt: null });
      expect(new Date(subscribeContact.consentAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(await auditActions('list_subscription', subscribeContact.id)).toEqual(['list_subscription.subscribe']);
    });

    it('should unsubscribe, then record the new consent when the contact is subscribed again', async () => {
      const listId = await createList('Weekly digest');
      const contactId = await createContact('Jean', 'jean.digest@example.org');
      const first = (await coordinator.ok<{ subscribeContact: { id: string; consentAt: string } }>(SUBSCRIBE, { input: { listId, contactId, consentSource: 'web form 2025' } })).subscribeContact;
      const { unsubscribeContact } = await coordinator.ok<{ unsubscribeContact: { id: string; status: string; unsubscribedAt: string | null } }>(UNSUBSCRIBE, { input: { listId, contactId } });
      expect(unsubscribeContact).toMatchObject({ id: first.id, status: 'UNSUBSCRIBED' });
      expect(unsubscribeContact.unsubscribedAt).not.toBeNull();

      const again = (await coordinator.ok<{ subscribeContact: { id: string; status: string; consentSource: string; consentAt: string; unsubscribedAt: string | null } }>(SUBSCRIBE, {
        input: { listId, contactId, consentSource: 'phone call, 2026-01-10' },
      })).subscribeContact;
      expect(again).toMatchObject({ id: first.id, status: 'SUBSCRIBED', consentSource: 'phone call, 2026-01-10', unsubscribedAt: null });
      expect(new Date(again.consentAt).getTime()).toBeGreaterThan(new Date(first.consentAt).getTime());
      expect(await auditActions('list_subscription', first.id)).toEqual(['list_subscription.subscribe', 'list_subscription.unsubscribe', 'list_subscription.subscribe']);
    });

    it('should record leaving a list for a contact who was never subscribed, so later mailings leave them out', async () => {
      const listId = await createList('Consent-only list');
      const contactId = await createContact('Paul', 'paul.consent@example.org');
      const { unsubscribeContact } = await coordinator.ok<{ unsubscribeContact: { status: string; consentSource: string } }>(UNSUBSCRIBE, { input: { listId, contactId } });
      expect(unsubscribeContact.status).toBe('UNSUBSCRIBED');
    });

    it('should name the field of an unknown list or contact and write nothing', async () => {
      const listId = await createList('Field errors');
      const contactId = await createContact('Nadia', 'nadia.fields@example.org');
      const ghost = '00000000-0000-4000-8000-000000000000';
      const noList = await coordinator.query(SUBSCRIBE, { input: { listId: ghost, contactId, consentSource: 'x' } });
      expect(noList.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'listId' });
      const noContact = await coordinator.query(SUBSCRIBE, { input: { listId, contactId: ghost, consentSource: 'x' } });
      expect(noContact.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contactId' });
      const noSource = await coordinator.query(SUBSCRIBE, { input: { listId, contactId, consentSource: '   ' } });
      expect(noSource.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'consentSource' });
      const { listSubscriptions } = await coordinator.ok<{ listSubscriptions: Page<unknown> }>(SUBSCRIPTIONS, { filter: { listId } });
      expect(listSubscriptions.totalCount).toBe(0);
    });

    it('should list a list’s subscriptions newest first, filtered by status, across pages', async () => {
      const listId = await createList('Paged list');
      const contacts: string[] = [];
      for (let index = 0; index < 5; index += 1) {
        const contactId = await createContact(`Reader${index}`, `reader${index}.paged@example.org`);
        contacts.push(contactId);
        await coordinator.ok(SUBSCRIBE, { input: { listId, contactId, consentSource: 'event' } });
      }
      await coordinator.ok(UNSUBSCRIBE, { input: { listId, contactId: contacts[1] } });
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const { listSubscriptions }: { listSubscriptions: Page<{ contactId: string }> } = await advocate.ok(SUBSCRIPTIONS, { first: 2, after, filter: { listId, statuses: ['SUBSCRIBED'] } });
        expect(listSubscriptions.totalCount).toBe(4);
        seen.push(...listSubscriptions.edges.map((edge) => edge.node.contactId));
        after = listSubscriptions.pageInfo.hasNextPage ? listSubscriptions.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual([contacts[4], contacts[3], contacts[2], contacts[0]]);

      const ofContact = await advocate.ok<{ listSubscriptions: Page<{ listId: string; status: string }> }>(SUBSCRIPTIONS, { filter: { contactId: contacts[1] } });
      expect(ofContact.listSubscriptions.edges.map((edge) => edge.node)).toEqual([{ listId, contactId: contacts[1], status: 'UNSUBSCRIBED' }]);
    });

    it('should let only coordinators subscribe and unsubscribe, and keep members from reading', async () => {
      const listId = await createList('Roles list');
      const contactId = await createContact('Omar', 'omar.roles@example.org');
      expect((await advocate.query(SUBSCRIBE, { input: { listId, contactId, consentSource: 'x' } })).errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await advocate.query(UNSUBSCRIBE, { input: { listId, contactId } })).errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await member.query(SUBSCRIPTIONS, { filter: { listId } })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    });
  });

  describe('suppressions', () => {
    it('should suppress an address by hand, keep the first reason, list it, and lift it, all audited', async () => {
      const { suppressAddress } = await coordinator.ok<{ suppressAddress: { address: string; reason: string; detail: string } }>(SUPPRESS, {
        input: { address: 'Bounced.Person@Example.org', detail: 'asked by phone never to be mailed' },
      });
      expect(suppressAddress).toEqual({ address: 'Bounced.Person@Example.org', reason: 'MANUAL', detail: 'asked by phone never to be mailed' });
      const again = await coordinator.ok<{ suppressAddress: { address: string } }>(SUPPRESS, { input: { address: 'bounced.person@example.org' } });
      expect(again.suppressAddress.address).toBe('Bounced.Person@Example.org');

      const found = await coordinator.ok<{ suppressions: Page<{ address: string; reason: string }> }>(SUPPRESSIONS, { search: 'BOUNCED.person' });
      expect(found.suppressions.edges.map((edge) => edge.node)).toEqual([{ address: 'Bounced.Person@Example.org', reason: 'MANUAL' }]);

      expect((await coordinator.ok<{ unsuppressAddress: boolean }>(UNSUPPRESS, { address: 'BOUNCED.PERSON@example.org' })).unsuppressAddress).toBe(true);
      expect((await coordinator.ok<{ unsuppressAddress: boolean }>(UNSUPPRESS, { address: 'bounced.person@example.org' })).unsuppressAddress).toBe(false);
      const rows: { action: string; changes: { field: string; to: unknown; from: unknown }[] }[] = await testApp.dataSource.query(
        `SELECT action, changes FROM audit_events WHERE entity_type = 'suppression' ORDER BY id`,
      );
      expect(rows.map((row) => row.action)).toEqual(['suppression.add', 'suppression.remove']);
      expect(rows[0].changes).toEqual(expect.arrayContaining([{ field: 'reason', from: null, to: 'MANUAL' }]));
    });

    it('should page through suppressions newest first', async () => {
      for (let index = 0; index < 5; index += 1) await coordinator.ok(SUPPRESS, { input: { address: `paged${index}@suppressed.example.org` } });
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const { suppressions }: { suppressions: Page<{ address: string }> } = await coordinator.ok(SUPPRESSIONS, { first: 2, after, search: 'suppressed.example' });
        seen.push(...suppressions.edges.map((edge) => edge.node.address));
        after = suppressions.pageInfo.hasNextPage ? suppressions.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual([4, 3, 2, 1, 0].map((index) => `paged${index}@suppressed.example.org`));
    });

    it('should refuse a malformed address naming the field', async () => {
      const result = await coordinator.query(SUPPRESS, { input: { address: 'not-an-address' } });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'address' });
    });

    it('should keep suppressions from advocates and members', async () => {
      for (const client of [advocate, member]) {
        expect((await client.query(SUPPRESSIONS)).errors?.[0].extensions.code).toBe('FORBIDDEN');
        expect((await client.query(SUPPRESS, { input: { address: 'x@example.org' } })).errors?.[0].extensions.code).toBe('FORBIDDEN');
        expect((await client.query(UNSUPPRESS, { address: 'x@example.org' })).errors?.[0].extensions.code).toBe('FORBIDDEN');
      }
    });
  });
});
