import { Role } from '@alliance/domain';
import { createTestApp, GraphqlClient, TestApp } from './support/test-app';

const ROWS = 100_000;
/** Well under a minute on the 2-core reference machine (see docs/benchmarks.md); the bound leaves room for a busy CI. */
const LIMIT_MS = 60_000;

describe('Importing 100,000 contacts', () => {
  let testApp: TestApp;
  let advocate: GraphqlClient;

  beforeAll(async () => {
    testApp = await createTestApp();
    advocate = await testApp.signedIn(Role.ADVOCATE);
    await advocate.ok('mutation { createOrganisation(input: { name: "Aegis Trust", type: NGO }) { id } }');
  });

  afterAll(() => testApp.close());

  it('should import a 100k-row file in one all-or-nothing transaction within the time limit', async () => {
    const lines = ['first,last,email,organisation,country,tags'];
    for (let index = 0; index < ROWS; index++) {
      lines.push(`Person${index},Family${index % 977},person${index}@import.test,${index % 10 === 0 ? 'Aegis Trust' : ''},${index % 2 ? 'KE' : 'RW'},imported`);
    }
    const csv = lines.join('\n');
    const mapping = JSON.stringify({ first: 'firstName', last: 'lastName', email: 'email', organisation: 'organisation', country: 'countryCode', tags: 'tags' });
    const started = Date.now();
    const response = await advocate.agent
      .post('/api/contacts/import')
      .query({ mapping, dryRun: 'false' })
      .set('content-type', 'text/csv')
      .send(csv);
    const elapsed = Date.now() - started;
    process.stdout.write(`100k-row contacts import: ${elapsed} ms (${Math.round(ROWS / (elapsed / 1000))} rows/s)\n`);
    expect(response.body).toMatchObject({ committed: true, rows: ROWS, created: ROWS, problemCount: 0 });
    expect(elapsed).toBeLessThan(LIMIT_MS);
    const [{ count }] = await testApp.dataSource.query('SELECT count(*)::int AS count FROM contacts');
    expect(count).toBe(ROWS);
    const [{ affiliated }] = await testApp.dataSource.query('SELECT count(*)::int AS affiliated FROM affiliations');
    expect(affiliated).toBe(ROWS / 10);
  }, 120_000);
});
