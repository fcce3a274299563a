import { Role } from '@alliance/domain';
import request from 'supertest';
import { createTestApp, GraphqlClient, TestApp } from './support/test-app';

const MAPPING = JSON.stringify({ 'First name': 'firstName', 'Last name': 'lastName', Email: 'email', Organisation: 'organisation', Country: 'countryCode', Tags: 'tags' });
const FILE = [
  'First name,Last name,Email,Organisation,Country,Tags',
  'Amina,Diallo,amina@example.org,Protection Approaches,SN,sahel; women',
  'Jonas,Berg,jonas@example.org,,SE,',
  'Li,Wei,li.wei@example.org,,CN,',
  'Existing,Person-Updated,EXISTING@example.org,,FR,',
  'Bad,Email,not-an-email,,,',
  ',No First Name,nofirst@example.org,,,',
].join('\n');

describe('Contacts CSV import and export', () => {
  let testApp: TestApp;
  let advocate: GraphqlClient;

  const upload = (csv: string, query: Record<string, string>) =>
    advocate.agent
      .post('/api/contacts/import')
      .query({ mapping: MAPPING, ...query })
      .set('content-type', 'text/csv')
      .send(csv);

  const count = async () => (await advocate.ok<{ contacts: { totalCount: number } }>('{ contacts { totalCount } }')).contacts.totalCount;

  beforeAll(async () => {
    testApp = await createTestApp();
    advocate = await testApp.signedIn(Role.ADVOCATE);
    await advocate.ok('mutation { createOrganisation(input: { name: "Protection Approaches", type: NGO }) { id } }');
    await advocate.ok('mutation { createContact(input: { firstName: "Existing", lastName: "Person", emails: [{ address: "existing@example.org" }] }) { id } }');
  });

  afterAll(() => testApp.close());

  it('should show exactly the bad rows on a dry run, and write nothing', async () => {
    const response = await upload(FILE, { dryRun: 'true', onDuplicateEmail: 'UPDATE' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ dryRun: true, committed: false, rows: 6, created: 3, updated: 1, skipped: 0, problemCount: 2 });
    expect(response.body.problems).toEqual([
      { row: 6, column: 'Email', message: 'must be an email address, e.g. name@example.org' },
      { row: 7, column: 'First name', message: 'is required' },
    ]);
    expect(await count()).toBe(1);
  });

  it('should refuse to commit a file with problems, all or nothing', async () => {
    const response = await upload(FILE, { dryRun: 'false' });
    expect(response.body).toMatchObject({ committed: false, problemCount: 2 });
    expect(await count()).toBe(1);
  });

  it('should import the corrected file: create new people, update the duplicate by email, link organisations', async () => {
    const corrected = FILE.split('\n').slice(0, 5).join('\n');
    const skipped = await upload(corrected, { dryRun: 'true', onDuplicateEmail: 'SKIP' });
    expect(skipped.body).toMatchObject({ created: 3, updated: 0, skipped: 1, problemCount: 0 });

    const response = await upload(corrected, { dryRun: 'false', onDuplicateEmail: 'UPDATE' });
    expect(response.body).toMatchObject({ committed: true, rows: 4, created: 3, updated: 1, problemCount: 0 });
    expect(await count()).toBe(4);
    const { contacts } = await advocate.ok<{ contacts: { edges: { node: { lastName: string; tags: string[]; country: { code: string }; affiliations: { organisation: { name: string } }[] } }[] } }>(
      '{ contacts(filter: { search: "Diallo" }) { edges { node { lastName tags country { code } affiliations { organisation { name } } } } } }',
    );
    expect(contacts.edges[0].node).toEqual({ lastName: 'Diallo', tags: ['sahel', 'women'], country: { code: 'SN' }, affiliations: [{ organisation: { name: 'Protection Approaches' } }] });
    const existing = await advocate.ok<{ contacts: { edges: { node: { lastName: string } }[] } }>('{ contacts(filter: { search: "existing@" }) { edges { node { lastName } } } }');
    expect(existing.contacts.edges.map((edge) => edge.node.lastName)).toEqual(['Person-Updated']);
  });

  it('should refuse a file with broken quoting or an unknown mapped column, saying why', async () => {
    const broken = await upload('First name,Last name,Email,Organisation,Country,Tags\n"Amina,Diallo,a@b.org,,,', { dryRun: 'true' });
    expect(broken.status).toBe(400);
    expect(broken.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    const missing = await upload('Given name,Family name\nA,B', { dryRun: 'true' });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toMatch(/no column named "First name"/);
    const wrongType = await advocate.agent.post('/api/contacts/import').query({ mapping: MAPPING }).set('content-type', 'text/plain').send('x');
    expect(wrongType.status).toBe(400);
  });

  it('should export the filtered list as CSV that a spreadsheet will not run as formulas', async () => {
    await advocate.ok('mutation { createContact(input: { firstName: "=HYPERLINK(\\"http://evil\\")", lastName: "Formula", tags: ["@cmd"] }) { id } }');
    const response = await advocate.agent.get('/api/contacts/export.csv').query({ filter: JSON.stringify({ search: 'Formula' }) });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/csv/);
    const lines = response.text.replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toBe('firstName,lastName,emails,phones,preferredLanguage,countryCode,tags,organisations,notes,consentStatus,consentSource');
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(lines[1]).toContain("'@cmd");
    const badFilter = await advocate.agent.get('/api/contacts/export.csv').query({ filter: JSON.stringify({ countryCodes: ['Sudan'] }) });
    expect(badFilter.status).toBe(400);
    expect(badFilter.body.field).toBe('filter.countryCodes');
  });

  it('should refuse import and export to members and anonymous callers', async () => {
    const member = await testApp.signedIn(Role.MEMBER);
    const refused = await member.agent.post('/api/contacts/import').query({ mapping: MAPPING }).set('content-type', 'text/csv').send(FILE);
    expect(refused.status).toBe(403);
    expect((await request(testApp.app.getHttpServer()).get('/api/contacts/export.csv')).status).toBe(401);
  });
});
