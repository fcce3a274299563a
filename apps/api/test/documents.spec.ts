import { Role } from '@alliance/domain';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Response } from 'supertest';
import { createTestApp, GraphqlClient, TestApp } from './support/test-app';

const LIMIT = 64 * 1024;
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);
const HTML = Buffer.from('<!DOCTYPE html><html><body><script>fetch("/graphql")</script></body></html>');
const pdfOfSize = (size: number) => Buffer.concat([PDF, Buffer.alloc(size - PDF.length, 0x20)]);

const CREATE = 'mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { id } }';
const LOG = 'mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id } }';
const DOCUMENT = 'query ($id: ID!) { document(id: $id) { id title status createdBy { id } campaigns { id } attachments { id fileName contentType sizeBytes downloadUrl } } }';
const LIST = 'query ($filter: DocumentsFilter, $first: Int!, $after: String) { documents(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id title } } } }';

type Json = Record<string, unknown>;

describe('Documents and their attachments', () => {
  let testApp: TestApp;
  let advocate: GraphqlClient;
  let coordinator: GraphqlClient;
  let member: GraphqlClient;
  const ids: Record<string, string> = {};

  const upload = (client: GraphqlClient, url: string, file: Buffer, fileName: string, fields: Record<string, string> = {}, fieldName = 'file') => {
    let request = client.agent.post(url).set('X-Requested-With', 'fetch');
    for (const [name, value] of Object.entries(fields)) request = request.field(name, value);
    return request.attach(fieldName, file, { filename: fileName, contentType: 'application/octet-stream' });
  };
  const download = (client: GraphqlClient, url: string) => client.agent.get(url).responseType('blob');
  const createDocument = async (input: Json) => (await advocate.ok<{ createDocument: { id: string } }>(CREATE, { input })).createDocument.id;
  const listed = async (client: GraphqlClient, filter: Json = {}) =>
    (await client.ok<{ documents: { edges: { node: { id: string } }[] } }>(LIST, { filter, first: 100 })).documents.edges.map((edge) => edge.node.id);
  const count = async (table: string) => Number((await testApp.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const problem = (response: Response) => ({ status: response.status, code: response.body.code, field: response.body.field, message: response.body.message });

  beforeAll(async () => {
    testApp = await createTestApp({ ATTACHMENT_MAX_BYTES: String(LIMIT) });
    advocate = await testApp.signedIn(Role.ADVOCATE);
    coordinator = await testApp.signedIn(Role.COORDINATOR);
    const campaign = async (name: string, status: string, visibility: string) =>
      (await advocate.ok<{ createCampaign: { id: string } }>('mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }', {
        input: { name, status, visibility },
      })).createCampaign.id;
    ids.open = await campaign('Darfur referral', 'ACTIVE', 'MEMBERS');
    ids.internal = await campaign('Quiet diplomacy', 'ACTIVE', 'INTERNAL');
    ids.draftCampaign = await campaign('Not launched yet', 'DRAFT', 'MEMBERS');
    ids.organisation = (await coordinator.ok<{ createOrganisation: { id: string } }>('mutation { createOrganisation(input: { name: "Member NGO", type: NGO }) { id } }')).createOrganisation.id;
    ids.memberUser = (await testApp.createUser({ email: 'rep@member.test', role: Role.MEMBER, organisationId: ids.organisation })).id;
    member = testApp.client();
    await member.signIn('rep@member.test');
    ids.contact = (await advocate.ok<{ createContact: { id: string } }>('mutation { createContact(input: { firstName: "Ambassador", lastName: "Mbeki" }) { id } }')).createContact.id;
  });

  afterAll(() => testApp.close());

  it('should create a document with its first file in one step, and give the bytes back identical with safe download headers', async () => {
    const created = await upload(advocate, '/api/documents', PDF, 'Note d’orientation — Soudan.pdf', { kind: 'OPTIONS_PAPER', campaignId: ids.open });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: 'Note d’orientation — Soudan', kind: 'OPTIONS_PAPER', status: 'DRAFT' });
    expect(created.body.attachment).toMatchObject({ fileName: 'Note d’orientation — Soudan.pdf', contentType: 'application/pdf', sizeBytes: PDF.length });
    ids.fromFile = created.body.id;

    const { document } = await advocate.ok<{ document: { attachments: { downloadUrl: string }[]; campaigns: { id: string }[]; createdBy: { id: string } } }>(DOCUMENT, { id: ids.fromFile });
    expect(document.campaigns).toEqual([{ id: ids.open }]);
    expect(document.createdBy).not.toBeNull();
    expect(document.attachments[0].downloadUrl).toBe(`/api/attachments/${created.body.attachment.id}`);

    const response = await download(advocate, document.attachments[0].downloadUrl);
    expect(response.status).toBe(200);
    expect(Buffer.compare(response.body as Buffer, PDF)).toBe(0);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="Note d_orientation _ Soudan.pdf"; filename*=UTF-8\'\'Note%20d%E2%80%99orientation%20%E2%80%94%20Soudan.pdf',
    );

    const audit = await coordinator.ok<{ auditEvents: { edges: { node: { action: string } }[] } }>(
      'query ($id: String) { auditEvents(filter: { entityId: $id }) { edges { node { action } } } }',
      { id: ids.fromFile },
    );
    expect(audit.auditEvents.edges.map((edge) => edge.node.action).sort()).toEqual(['document.add-attachment', 'document.create']);
  });

  it('should accept a file of exactly the limit and refuse one byte more on the field file, writing nothing', async () => {
    const id = await createDocument({ title: 'Situation report 12', kind: 'SITUATION_REPORT' });
    const before = { attachments: await count('attachments'), blobs: await count('attachment_blobs'), audit: await count('audit_events') };
    const exact = await upload(advocate, `/api/documents/${id}/attachments`, pdfOfSize(LIMIT), 'exact.pdf');
    expect(exact.status).toBe(201);
    expect(exact.body).toMatchObject({ fileName: 'exact.pdf', sizeBytes: LIMIT, documentId: id });

    const over = await upload(advocate, `/api/documents/${id}/attachments`, pdfOfSize(LIMIT + 1), 'over.pdf');
    expect(problem(over)).toEqual({ status: 413, code: 'BAD_USER_INPUT', field: 'file', message: 'file: must be at most 64 KiB (65536 bytes)' });
    const overNew = await upload(advocate, '/api/documents', pdfOfSize(LIMIT + 1), 'over.pdf', { kind: 'LETTER' });
    expect(problem(overNew)).toMatchObject({ status: 413, field: 'file' });
    expect({ attachments: await count('attachments'), blobs: await count('attachment_blobs'), audit: await count('audit_events') }).toEqual({
      attachments: before.attachments + 1,
      blobs: before.blobs + 1,
      audit: before.audit + 1,
    });
    expect(await listed(advocate, { search: 'over' })).toEqual([]);
  });

  it('should refuse executables and HTML whatever their name, uploads without the header or the file, and uploads by members', async () => {
    const id = await createDocument({ title: 'Letter to the Council', kind: 'LETTER' });
    const before = { documents: await count('documents'), attachments: await count('attachments') };
    const elf = await upload(advocate, `/api/documents/${id}/attachments`, ELF, 'report.pdf');
    expect(problem(elf)).toEqual({ status: 400, code: 'BAD_USER_INPUT', field: 'file', message: 'file: is named .pdf but its content is not a PDF file (it looks like .elf)' });
    const html = await upload(advocate, '/api/documents', HTML, 'briefing.pdf', { kind: 'BRIEFING_NOTE' });
    expect(problem(html)).toMatchObject({ status: 400, field: 'file', message: expect.stringContaining('is named .pdf but its content is not a PDF file') });
    const exe = await upload(advocate, `/api/documents/${id}/attachments`, ELF, 'setup.exe');
    expect(problem(exe)).toMatchObject({ status: 400, field: 'file', message: expect.stringContaining('.exe files are not accepted') });
    const wrongField = await upload(advocate, `/api/documents/${id}/attachments`, PDF, 'a.pdf', {}, 'attachment');
    expect(problem(wrongField)).toMatchObject({ status: 400, field: 'file' });
    const noFile = await advocate.agent.post(`/api/documents/${id}/attachments`).set('X-Requested-With', 'fetch').field('note', 'x');
    expect(problem(noFile)).toMatchObject({ status: 400, field: 'file' });
    const empty = await advocate.agent.post(`/api/documents/${id}/attachments`).set('X-Requested-With', 'fetch').type('form').send({});
    expect(problem(empty)).toMatchObject({ status: 400, field: 'file', message: expect.stringContaining('multipart/form-data') });
    const badKind = await upload(advocate, '/api/documents', PDF, 'a.pdf', { kind: 'SECRET' });
    expect(problem(badKind)).toMatchObject({ status: 400, field: 'kind' });
    const unknownCampaign = await upload(advocate, '/api/documents', PDF, 'a.pdf', { kind: 'LETTER', campaignId: '00000000-0000-4000-8000-000000000000' });
    expect(problem(unknownCampaign)).toMatchObject({ status: 400, field: 'campaignId' });
    const noHeader = await advocate.agent.post(`/api/documents/${id}/attachments`).attach('file', PDF, 'a.pdf');
    expect(problem(noHeader)).toMatchObject({ status: 400, field: 'X-Requested-With' });
    const missing = await upload(advocate, '/api/documents/00000000-0000-4000-8000-000000000000/attachments', PDF, 'a.pdf');
    expect(problem(missing)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect((await upload(member, `/api/documents/${id}/attachments`, PDF, 'a.pdf')).status).toBe(403);
    expect((await upload(member, '/api/documents', PDF, 'a.pdf', { kind: 'LETTER' })).status).toBe(403);
    expect((await testApp.client().agent.get(`/api/attachments/${id}`)).status).toBe(401);
    expect({ documents: await count('documents'), attachments: await count('attachments') }).toEqual(before);
    expect((await member.query(CREATE, { input: { title: 'x', kind: 'LETTER' } })).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('should show members only published documents of campaigns open to them, and refuse them a draft’s file', async () => {
    const make = async (title: string, status: string, campaignIds: string[]) => {
      const id = await createDocument({ title, kind: 'BRIEFING_NOTE', status, campaignIds });
      const file = await upload(advocate, `/api/documents/${id}/attachments`, PDF, `${title}.pdf`);
      return { id, download: file.body.downloadUrl as string };
    };
    const published = await make('Génocide au Darfour : options', 'PUBLISHED', [ids.open, ids.internal]);
    const draft = await make('Draft options', 'DRAFT', [ids.open]);
    const internal = await make('Internal analysis', 'PUBLISHED', [ids.internal]);
    const unlaunched = await make('Launch note', 'PUBLISHED', [ids.draftCampaign]);
    const loose = await make('Loose paper', 'PUBLISHED', []);
    ids.published = published.id;
    ids.draft = draft.id;

    expect(await listed(member)).toEqual([published.id]);
    expect(await listed(member, { campaignId: ids.internal })).toEqual([]);
    expect(await listed(member, { campaignId: ids.open })).toEqual([published.id]);
    const seen = await member.ok<{ document: { campaigns: { id: string }[]; createdBy: null } }>(DOCUMENT, { id: published.id });
    expect(seen.document).toMatchObject({ campaigns: [{ id: ids.open }], createdBy: null });
    for (const hidden of [draft, internal, unlaunched, loose]) {
      expect((await member.ok<{ document: null }>(DOCUMENT, { id: hidden.id })).document).toBeNull();
      expect((await download(member, hidden.download)).status).toBe(404);
    }
    expect((await download(member, published.download)).status).toBe(200);

    const staff = await testApp.signedIn(Role.ANALYST);
    expect(await listed(staff, { search: 'GENOCIDE au darfour' })).toEqual([published.id]);
    expect(await listed(staff, { status: 'DRAFT', campaignId: ids.open })).toEqual([draft.id, ids.fromFile]);
    expect(await listed(staff, { kind: 'OPTIONS_PAPER' })).toEqual([ids.fromFile]);
    expect((await download(staff, draft.download)).status).toBe(200);

    const all = await listed(staff);
    const pages: string[] = [];
    let after: string | null = null;
    do {
      const page: { documents: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] } } = await staff.ok(LIST, { first: 2, after });
      pages.push(...page.documents.edges.map((edge) => edge.node.id));
      after = page.documents.pageInfo.hasNextPage ? page.documents.pageInfo.endCursor : null;
    } while (after);
    expect(pages).toEqual(all);
  });

  it('should list the documents handed over at an interaction, each reader seeing those they may read', async () => {
    const { logInteraction } = await advocate.ok<{ logInteraction: { id: string } }>(LOG, {
      input: { occurredAt: '2026-11-19T15:00:00Z', contactIds: [ids.contact], confidentiality: 'COALITION', documentIds: [ids.published, ids.draft, ids.published] },
    });
    ids.meeting = logInteraction.id;
    const handedOver = async (client: GraphqlClient) =>
      (await client.ok<{ interaction: { documents: { id: string }[] } }>('query ($id: ID!) { interaction(id: $id) { documents { id } } }', { id: ids.meeting }))
        .interaction.documents.map((document) => document.id);
    expect(await handedOver(advocate)).toEqual([ids.draft, ids.published]);
    expect(await handedOver(member)).toEqual([ids.published]);
    expect(await listed(advocate, { interactionId: ids.meeting })).toEqual([ids.draft, ids.published]);
    expect(await listed(member, { interactionId: ids.meeting })).toEqual([ids.published]);

    // Interaction.documents over a whole timeline in one batch.
    const { interactions } = await advocate.ok<{ interactions: { edges: { node: { documents: { id: string }[] } }[] } }>(
      'query ($filter: InteractionsFilter) { interactions(filter: $filter) { edges { node { documents { id } } } } }',
      { filter: { contactId: ids.contact } },
    );
    expect(interactions.edges[0].node.documents).toHaveLength(2);
  });

  it('should refuse a deleted or unknown document on logInteraction, naming it, and save nothing', async () => {
    const gone = await createDocument({ title: 'Withdrawn letter', kind: 'LETTER' });
    await advocate.ok('mutation ($id: ID!) { deleteDocument(id: $id) { id } }', { id: gone });
    expect(await listed(advocate, { search: 'withdrawn' })).toEqual([]);
    const before = { interactions: await count('interactions'), links: await count('interaction_documents'), tasks: await count('tasks') };
    for (const [documentIds, field] of [[[ids.published, gone], 'documentIds.1'], [['00000000-0000-4000-8000-000000000000'], 'documentIds.0']] as const) {
      const refused = await advocate.query(LOG, {
        input: { occurredAt: '2026-11-20T10:00:00Z', contactIds: [ids.contact], documentIds, followUpTasks: [{ title: 'Never created' }] },
      });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect({ interactions: await count('interactions'), links: await count('interaction_documents'), tasks: await count('tasks') }).toEqual(before);
  });

  it('should show one interaction by the same rules as the timeline, auditing each read of restricted notes', async () => {
    const named = await testApp.createUser({ email: 'named@alliance.test', role: Role.ADVOCATE });
    const namedClient = testApp.client();
    await namedClient.signIn('named@alliance.test');
    const otherAdvocate = await testApp.signedIn(Role.ADVOCATE);
    const log = async (confidentiality: string, extra: Json = {}) =>
      (await advocate.ok<{ logInteraction: { id: string } }>(LOG, { input: { occurredAt: '2026-11-18T10:00:00Z', contactIds: [ids.contact], confidentiality, summary: 'Notes', ...extra } })).logInteraction.id;
    const internal = await log('INTERNAL');
    const restricted = await log('RESTRICTED', { participantUserIds: [named.id] });
    const find = async (client: GraphqlClient, id: string) => (await client.ok<{ interaction: { id: string } | null }>('query ($id: ID!) { interaction(id: $id) { id } }', { id })).interaction?.id ?? null;

    expect([await find(member, ids.meeting), await find(member, internal), await find(member, restricted)]).toEqual([ids.meeting, null, null]);
    expect([await find(otherAdvocate, internal), await find(otherAdvocate, restricted)]).toEqual([internal, null]);
    expect([await find(namedClient, restricted), await find(advocate, restricted), await find(coordinator, restricted)]).toEqual([restricted, restricted, restricted]);
    expect(await find(advocate, '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect((await advocate.query('{ interaction(id: "nope") { id } }')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const notes = await member.query<{ interaction: { summary: string | null } }>('query ($id: ID!) { interaction(id: $id) { summary } }', { id: ids.meeting });
    expect(notes.errors?.[0].extensions.code).toBe('FORBIDDEN');

    const readings = async () =>
      (await coordinator.ok<{ auditEvents: { totalCount: number } }>('query ($id: String) { auditEvents(filter: { entityId: $id, action: "interaction.read-restricted" }) { totalCount } }', { id: restricted }))
        .auditEvents.totalCount;
    expect(await readings()).toBe(0);
    const read = await namedClient.ok<{ interaction: { summary: string } }>('query ($id: ID!) { interaction(id: $id) { summary } }', { id: restricted });
    expect(read.interaction.summary).toBe('Notes');
    expect(await readings()).toBe(1);
  });

  it('should edit a document (fields, campaigns) and remove a file with its bytes, auditing each change', async () => {
    const id = await createDocument({ title: 'Press release draft', kind: 'PRESS_RELEASE', body: '# Title\n\n<script>alert(1)</script>', campaignIds: [ids.internal] });
    const file = await upload(advocate, `/api/documents/${id}/attachments`, Buffer.from('Embargoed until 09:00 GMT\n'), 'embargo.txt');
    expect(file.body).toMatchObject({ contentType: 'text/plain; charset=utf-8' });
    const { updateDocument } = await advocate.ok<{ updateDocument: { status: string; body: string; campaigns: { id: string }[] } }>(
      'mutation ($input: UpdateDocumentInput!) { updateDocument(input: $input) { status body campaigns { id } } }',
      { input: { id, status: 'PUBLISHED', campaignIds: [ids.open] } },
    );
    expect(updateDocument).toEqual({ status: 'PUBLISHED', body: '# Title\n\n<script>alert(1)</script>', campaigns: [{ id: ids.open }] });
    const unknown = await advocate.query('mutation ($input: UpdateDocumentInput!) { updateDocument(input: $input) { id } }', {
      input: { id, campaignIds: [ids.open, '00000000-0000-4000-8000-000000000000'] },
    });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'campaignIds.1' });
    const tooLong = await advocate.query(CREATE, { input: { title: 'Long', kind: 'OTHER', body: 'x'.repeat(100_001) } });
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });

    const blobs = await count('attachment_blobs');
    const { removeAttachment } = await advocate.ok<{ removeAttachment: { attachments: unknown[] } }>('mutation ($id: ID!) { removeAttachment(id: $id) { attachments { id } } }', { id: file.body.id });
    expect(removeAttachment.attachments).toEqual([]);
    expect(await count('attachment_blobs')).toBe(blobs - 1);
    expect((await download(advocate, file.body.downloadUrl)).status).toBe(404);

    const audit = await coordinator.ok<{ auditEvents: { edges: { node: { action: string } }[] } }>(
      'query ($id: String) { auditEvents(filter: { entityId: $id }) { edges { node { action } } } }',
      { id },
    );
    expect(audit.auditEvents.edges.map((edge) => edge.node.action).sort()).toEqual(['document.add-attachment', 'document.create', 'document.remove-attachment', 'document.update']);
  });
});

describe('Documents with ATTACHMENT_STORAGE=disk', () => {
  let testApp: TestApp;
  let advocate: GraphqlClient;
  let directory: string;
  const filesOnDisk = () => readdirSync(directory, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;

  beforeAll(async () => {
    directory = mkdtempSync(path.join(tmpdir(), 'alliance-attachments-'));
    testApp = await createTestApp({ ATTACHMENT_STORAGE: 'disk', ATTACHMENT_DIR: directory });
    advocate = await testApp.signedIn(Role.COORDINATOR);
  });

  afterAll(async () => {
    await testApp.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('should keep the bytes in the directory, leave none behind for a refused upload, and delete them with the attachment', async () => {
    const created = await advocate.agent.post('/api/documents').set('X-Requested-With', 'fetch').field('kind', 'OTHER').attach('file', PDF, 'paper.pdf');
    expect(created.status).toBe(201);
    expect(filesOnDisk()).toBe(1);
    const response = await advocate.agent.get(created.body.attachment.downloadUrl).responseType('blob');
    expect(Buffer.compare(response.body as Buffer, PDF)).toBe(0);
    expect(await testApp.dataSource.query('SELECT count(*)::int AS n FROM attachment_blobs')).toEqual([{ n: 0 }]);

    const refused = await advocate.agent.post('/api/documents').set('X-Requested-With', 'fetch').field('kind', 'OTHER')
      .field('campaignId', '00000000-0000-4000-8000-000000000000').attach('file', PDF, 'paper.pdf');
    expect(refused.status).toBe(400);
    expect(filesOnDisk()).toBe(1);

    await advocate.ok('mutation ($id: ID!) { removeAttachment(id: $id) { id } }', { id: created.body.attachment.id });
    expect(filesOnDisk()).toBe(0);
  });

  it('should take files up to the default limit of 10 MiB and refuse one byte more', async () => {
    const tenMiB = 10 * 1024 * 1024;
    const send = (size: number) => advocate.agent.post('/api/documents').set('X-Requested-With', 'fetch').field('kind', 'OTHER').attach('file', pdfOfSize(size), 'large.pdf');
    expect((await send(tenMiB)).status).toBe(201);
    const over = await send(tenMiB + 1);
    expect(over.status).toBe(413);
    expect(over.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', message: 'file: must be at most 10 MiB (10485760 bytes)', limitBytes: tenMiB });
    expect(filesOnDisk()).toBe(1);
  });
});
