import { Role } from '@alliance/domain';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { MailingListEntity } from '../src/mailings/mailing-list.entity';
import { verifyRecipientToken } from '../src/mailings/public/recipient-token';
import { createTestApp, GraphqlClient, TestApp } from './support/test-app';

const MAILING_FIELDS = 'id name listId audienceId campaignId status trackingEnabled createdById updatedAt translations { language subject body }';
const CREATE = `mutation ($input: CreateMailingInput!) { createMailing(input: $input) { ${MAILING_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateMailingInput!) { updateMailing(input: $input) { ${MAILING_FIELDS} } }`;
const MAILING = `query ($id: ID!) { mailing(id: $id) { ${MAILING_FIELDS} } }`;
const MAILINGS = `query ($first: Int, $after: String, $filter: MailingsFilter) {
  mailings(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { name status translations { language } } } }
}`;
const PREVIEW = 'query ($id: ID!, $contactId: ID, $language: Language) { previewMailing(id: $id, contactId: $contactId, language: $language) { language subject html text } }';
const TEST_SEND = 'mutation ($id: ID!) { testSendMailing(id: $id) }';

interface Mailing {
  id: string;
  name: string;
  status: string;
  updatedAt: string;
  translations: { language: string; subject: string; body: string }[];
}
interface Preview {
  language: string;
  subject: string;
  html: string;
  text: string;
}

const ENGLISH = {
  language: 'EN',
  subject: 'Act now for El Fasher, {{firstName}}',
  body: '# Civilians are under attack\n\nDear {{ firstName }} of {{organisationName}},\n\nPlease [call your representative](https://alliance.example/act) **today**.',
};
const FRENCH = {
  language: 'FR',
  subject: 'Agissez pour El Fasher, {{firstName}}',
  body: '# Les civils sont attaqués\n\nBonjour {{firstName}} ({{organisationName}}),\n\nMerci d’[appeler votre représentant](https://alliance.example/agir) **aujourd’hui**.',
};

describe('Composing mailings', () => {
  let testApp: TestApp;
  let coordinator: GraphqlClient;
  let advocate: GraphqlClient;
  let member: GraphqlClient;
  let listId: string;
  let mailingId: string;

  const create = async (input: Record<string, unknown>) => (await coordinator.ok<{ createMailing: Mailing }>(CREATE, { input: { listId, ...input } })).createMailing;
  const preview = async (client: GraphqlClient, variables: Record<string, unknown>) => (await client.ok<{ previewMailing: Preview }>(PREVIEW, variables)).previewMailing;
  const auditActions = async (entityId: string) =>
    (await testApp.dataSource.query('SELECT action, changes FROM audit_events WHERE entity_id = $1 ORDER BY id', [entityId])) as { action: string; changes: { field: string; from: unknown; to: unknown }[] }[];

  beforeAll(async () => {
    testApp = await createTestApp();
    await testApp.createUser({ email: 'grace.mukasa@alliance.test', role: Role.COORDINATOR, name: 'Grace Mukasa' });
    coordinator = testApp.client();
    await coordinator.signIn('grace.mukasa@alliance.test');
    advocate = await testApp.signedIn(Role.ADVOCATE);
    member = await testApp.signedIn(Role.MEMBER);
    listId = (await testApp.dataSource.getRepository(MailingListEntity).save({ name: 'Action alerts' })).id;
    mailingId = (await create({ name: 'Alert: El Fasher', translations: [FRENCH, ENGLISH] })).id;
  });

  afterAll(() => testApp.close());

  describe('create and update', () => {
    it('should create a draft with its translations, English first, and audit it', async () => {
      const { mailing } = await coordinator.ok<{ mailing: Mailing & { listId: string; trackingEnabled: boolean; createdById: string } }>(MAILING, { id: mailingId });
      expect(mailing).toMatchObject({ name: 'Alert: El Fasher', status: 'DRAFT', listId, trackingEnabled: false });
      expect(mailing.translations).toEqual([ENGLISH, FRENCH]);
      const [created] = await auditActions(mailingId);
      expect(created.action).toBe('mailing.create');
      expect(created.changes).toEqual(expect.arrayContaining([{ field: 'name', from: null, to: 'Alert: El Fasher' }, { field: 'translations.fr.subject', from: null, to: FRENCH.subject }]));
    });

    it('should replace the translations and record only what changed', async () => {
      const draft = await create({ name: 'Draft to edit', translations: [ENGLISH, FRENCH] });
      const updated = (await coordinator.ok<{ updateMailing: Mailing }>(UPDATE, {
        input: { id: draft.id, name: 'Draft edited', trackingEnabled: true, translations: [{ ...ENGLISH, subject: 'New subject' }] },
      })).updateMailing;
      expect(updated).toMatchObject({ name: 'Draft edited', trackingEnabled: true, translations: [{ ...ENGLISH, subject: 'New subject' }] });
      expect(new Date(updated.updatedAt).getTime()).toBeGreaterThan(new Date(draft.updatedAt).getTime());
      const [, update] = await auditActions(draft.id);
      expect(update.action).toBe('mailing.update');
      expect(update.changes.map((change) => change.field).sort()).toEqual(['name', 'trackingEnabled', 'translations.en.subject', 'translations.fr.body', 'translations.fr.subject']);

      const textOnly = (await coordinator.ok<{ updateMailing: Mailing }>(UPDATE, { input: { id: draft.id, translations: [{ ...ENGLISH, body: 'Only the body changed' }] } })).updateMailing;
      expect(new Date(textOnly.updatedAt).getTime()).toBeGreaterThan(new Date(updated.updatedAt).getTime());
    });

    it('should refuse to change a mailing that is no longer a draft', async () => {
      const sent = await create({ name: 'Already scheduled', translations: [ENGLISH] });
      await testApp.dataSource.query(`UPDATE mailings SET status = 'SCHEDULED' WHERE id = $1`, [sent.id]);
      const result = await coordinator.query(UPDATE, { input: { id: sent.id, name: 'Too late' } });
      expect(result.errors?.[0].extensions.code).toBe('CONFLICT');
      expect(result.errors?.[0].message).toMatch(/Only a draft mailing can be changed; this one is SCHEDULED/);
      expect((await coordinator.ok<{ mailing: Mailing }>(MAILING, { id: sent.id })).mailing.name).toBe('Already scheduled');
    });

    it.each([
      ['listId', { listId: '00000000-0000-4000-8000-000000000000' }],
      ['audienceId', { audienceId: '00000000-0000-4000-8000-000000000000' }],
      ['campaignId', { campaignId: '00000000-0000-4000-8000-000000000000' }],
      ['translations.0.language', { translations: [{ ...ENGLISH, language: 'XX' }] }],
    ])('should refuse an unknown %s, naming the field', async (field, input) => {
      const result = await coordinator.query(CREATE, { input: { listId, name: 'Bad reference', ...input } });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });

    it('should refuse an unknown merge field, naming the field and the merge fields that exist', async () => {
      const result = await coordinator.query(CREATE, { input: { listId, name: 'Typo', translations: [ENGLISH, { ...FRENCH, body: 'Bonjour {{foo}}' }] } });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'translations.1.body' });
      expect(result.errors?.[0].message).toBe(
        'translations.1.body: unknown merge field {{foo}}; use one of {{firstName}}, {{lastName}}, {{fullName}}, {{email}}, {{organisationName}}',
      );
      const subject = await coordinator.query(UPDATE, { input: { id: mailingId, translations: [{ ...ENGLISH, subject: 'Hi {{ first_name }}' }] } });
      expect(subject.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'translations.0.subject' });
    });

    it('should refuse a language given twice', async () => {
      const result = await coordinator.query(CREATE, { input: { listId, name: 'Twice', translations: [ENGLISH, FRENCH, { ...ENGLISH, subject: 'Again' }] } });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'translations.2.language' });
    });
  });

  describe('list', () => {
    it('should list mailings newest first, page by page, filtered by name and status', async () => {
      const repository = testApp.dataSource.getRepository(MailingListEntity);
      const otherList = (await repository.save({ name: 'Newsletter' })).id;
      for (const name of ['Paging one', 'Paging two', 'Paging three']) await create({ name, listId: otherList });
      const firstPage = (await coordinator.ok<{ mailings: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { name: string } }[] } }>(MAILINGS, {
        first: 2,
        filter: { search: 'paging' },
      })).mailings;
      expect(firstPage.totalCount).toBe(3);
      expect(firstPage.edges.map((edge) => edge.node.name)).toEqual(['Paging three', 'Paging two']);
      const secondPage = (await coordinator.ok<{ mailings: { pageInfo: { hasNextPage: boolean }; edges: { node: { name: string } }[] } }>(MAILINGS, {
        first: 2,
        after: firstPage.pageInfo.endCursor,
        filter: { search: 'paging' },
      })).mailings;
      expect(secondPage.edges.map((edge) => edge.node.name)).toEqual(['Paging one']);
      expect(secondPage.pageInfo.hasNextPage).toBe(false);

      const scheduled = await create({ name: 'Paging scheduled', listId: otherList });
      await testApp.dataSource.query(`UPDATE mailings SET status = 'SCHEDULED' WHERE id = $1`, [scheduled.id]);
      const filtered = (await coordinator.ok<{ mailings: { edges: { node: { name: string; status: string } }[] } }>(MAILINGS, {
        filter: { search: 'paging', statuses: ['SCHEDULED', 'SENDING'] },
      })).mailings;
      expect(filtered.edges.map(({ node }) => [node.name, node.status])).toEqual([['Paging scheduled', 'SCHEDULED']]);
    });

    it('should load the translations of a whole page in one query', async () => {
      for (const name of ['Loader one', 'Loader two', 'Loader three']) await create({ name, translations: [ENGLISH, FRENCH] });
      const queries: string[] = [];
      const original = PostgresQueryRunner.prototype.query;
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query').mockImplementation(function (this: PostgresQueryRunner, ...args) {
        queries.push(String(args[0]));
        return original.apply(this, args);
      });
      try {
        const { mailings } = await coordinator.ok<{ mailings: { edges: { node: { translations: { language: string }[] } }[] } }>(MAILINGS, { first: 20, filter: { search: 'loader' } });
        expect(mailings.edges.map(({ node }) => node.translations.map((translation) => translation.language))).toEqual([
          ['EN', 'FR'],
          ['EN', 'FR'],
          ['EN', 'FR'],
        ]);
      } finally {
        spy.mockRestore();
      }
      expect(queries.filter((sql) => sql.includes('"mailing_translations"'))).toHaveLength(1);
    });

    it('should leave out deleted mailings', async () => {
      const gone = await create({ name: 'Deleted mailing' });
      await testApp.dataSource.query('UPDATE mailings SET deleted_at = now() WHERE id = $1', [gone.id]);
      expect((await coordinator.ok<{ mailing: Mailing | null }>(MAILING, { id: gone.id })).mailing).toBeNull();
      const { mailings } = await coordinator.ok<{ mailings: { totalCount: number } }>(MAILINGS, { filter: { search: 'Deleted mailing' } });
      expect(mailings.totalCount).toBe(0);
    });
  });

  describe('preview', () => {
    let hostileContact: string;
    let organisationId: string;

    beforeAll(async () => {
      organisationId = (await coordinator.ok<{ createOrganisation: { id: string } }>('mutation { createOrganisation(input: { name: "Waging Peace", type: NGO }) { id } }')).createOrganisation.id;
      const later = (await coordinator.ok<{ createOrganisation: { id: string } }>('mutation { createOrganisation(input: { name: "Second Org", type: NGO }) { id } }')).createOrganisation.id;
      hostileContact = (await coordinator.ok<{ createContact: { id: string } }>('mutation ($input: CreateContactInput!) { createContact(input: $input) { id } }', {
        input: {
          firstName: '<script>alert(1)</script>',
          lastName: '**Bold** [x](javascript:alert(2))',
          preferredLanguage: 'fr',
          emails: [{ address: 'other@example.test' }, { address: 'primary@example.test', isPrimary: true }],
          affiliations: [{ organisationId }],
        },
      })).createContact.id;
      await testApp.dataSource.query('INSERT INTO affiliations (contact_id, organisation_id, created_at) VALUES ($1, $2, now() + interval \'1 minute\')', [hostileContact, later]);
    });

    it('should show sample values and links that lead nowhere without a contact', async () => {
      const sample = await preview(advocate, { id: mailingId });
      expect(sample.language).toBe('EN');
      expect(sample.subject).toBe('Act now for El Fasher, Amina');
      expect(sample.html).toContain('Dear Amina of Example Organisation,');
      expect(sample.html).toContain('href="https://example.invalid/unsubscribe?preview"');
      expect(sample.text).toContain('Manage your subscriptions: https://example.invalid/preferences?preview');
    });

    it('should differ between English and French, in the body and the footer', async () => {
      const english = await preview(coordinator, { id: mailingId, language: 'EN' });
      const french = await preview(coordinator, { id: mailingId, language: 'FR' });
      expect(french.language).toBe('FR');
      expect(french.subject).toBe('Agissez pour El Fasher, Amina');
      expect(french.html).toMatch(/^<!doctype html><html lang="fr"/);
      expect(french.html).toContain('<strong>aujourd’hui</strong>');
      expect(french.html).toContain('Vous recevez ce message car vous êtes inscrit·e à la liste « Action alerts ».');
      expect(french.text).toContain('Se désinscrire: ');
      expect(english.html).toContain('You receive this because you are on the list “Action alerts”.');
      expect(english.html).not.toContain('Vous recevez');
    });

    it("should render as the contact would get it: their language, names escaped, primary address, first organisation, their own links", async () => {
      const asContact = await preview(coordinator, { id: mailingId, contactId: hostileContact });
      expect(asContact.language).toBe('FR');
      expect(asContact.subject).toBe('Agissez pour El Fasher, <script>alert(1)</script>');
      expect(asContact.html).toContain('Bonjour &lt;script&gt;alert(1)&lt;/script&gt; (Waging Peace),');
      expect(asContact.html).toContain('<title>Agissez pour El Fasher, &lt;script&gt;alert(1)&lt;/script&gt;</title>');
      expect(asContact.html).not.toMatch(/<script|href="javascript/);
      expect(asContact.text).toContain('Bonjour <script>alert(1)</script> (Waging Peace),');

      const [, token] = /href="http:\/\/admin\.test\/api\/public\/unsubscribe\?token=([^"&]+)"/.exec(asContact.html) ?? [];
      expect(verifyRecipientToken(testApp.config.appSecret, decodeURIComponent(token))).toMatchObject({ contactId: hostileContact, listId, email: 'primary@example.test' });
      expect(asContact.html).toContain('href="http://admin.test/preferences?token=');

      const forced = await preview(coordinator, { id: mailingId, contactId: hostileContact, language: 'EN' });
      expect(forced.subject).toBe('Act now for El Fasher, <script>alert(1)</script>');
    });

    it("should fall back to English when the mailing lacks the contact's language, and refuse a forced language it lacks", async () => {
      const englishOnly = await create({ name: 'English only', translations: [ENGLISH] });
      expect((await preview(coordinator, { id: englishOnly.id, contactId: hostileContact })).language).toBe('EN');
      const forced = await coordinator.query(PREVIEW, { id: englishOnly.id, language: 'FR' });
      expect(forced.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'language' });
      const unknownContact = await coordinator.query(PREVIEW, { id: englishOnly.id, contactId: organisationId });
      expect(unknownContact.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contactId' });
    });
  });

  describe('test send', () => {
    it("should send each language to the caller's own address only, with both parts, and audit it", async () => {
      await coordinator.ok(TEST_SEND, { id: mailingId });
      const deadline = Date.now() + 10_000;
      while (testApp.smtp.messages.length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      const messages = testApp.smtp.messages;
      expect(messages).toHaveLength(2);
      expect(messages.flatMap((message) => message.envelopeTo)).toEqual(['grace.mukasa@alliance.test', 'grace.mukasa@alliance.test']);
      const bySubject = Object.fromEntries(messages.map((message) => [message.parsed.subject, message.parsed]));
      expect(Object.keys(bySubject).sort()).toEqual(['[Essai] Agissez pour El Fasher, Grace', '[Test] Act now for El Fasher, Grace']);
      const english = bySubject['[Test] Act now for El Fasher, Grace'];
      expect(english.html).toContain('Dear Grace of ,');
      expect(english.html).toContain('href="http://admin.test/api/public/unsubscribe?token=');
      expect(english.text).toContain('Please call your representative (https://alliance.example/act) today.');
      expect(english.text).toContain('Unsubscribe: http://admin.test/api/public/unsubscribe?token=');
      expect(bySubject['[Essai] Agissez pour El Fasher, Grace'].html).toContain('<html lang="fr"');
      expect((await auditActions(mailingId)).map((event) => event.action)).toContain('mailing.test_send');
    });
  });

  describe('access', () => {
    it('should let an advocate read and preview but not create, change or test-send', async () => {
      expect((await advocate.ok<{ mailing: Mailing }>(MAILING, { id: mailingId })).mailing.name).toBe('Alert: El Fasher');
      for (const [query, variables] of [
        [CREATE, { input: { listId, name: 'Not allowed' } }],
        [UPDATE, { input: { id: mailingId, name: 'Not allowed' } }],
        [TEST_SEND, { id: mailingId }],
      ] as const) {
        expect((await advocate.query(query, variables)).errors?.[0].extensions.code).toBe('FORBIDDEN');
      }
    });

    it('should give a member organisation representative nothing', async () => {
      for (const [query, variables] of [
        [MAILINGS, {}],
        [MAILING, { id: mailingId }],
        [PREVIEW, { id: mailingId }],
        [CREATE, { input: { listId, name: 'Not allowed' } }],
      ] as const) {
        const result = await member.query(query, variables);
        expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
        expect(JSON.stringify(result.data)).not.toContain('El Fasher');
      }
    });
  });
});
