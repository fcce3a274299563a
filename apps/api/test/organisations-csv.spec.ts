import { Role } from '@alliance/domain';
import { createTestApp, GraphqlClient, TestApp } from './support/test-app';

const MAPPING = JSON.stringify({ Name: 'name', Type: 'type', Country: 'countryCode', Status: 'membershipStatus', Website: 'website', Focus: 'focusAreas' });

describe('Organisations CSV import and export', () => {
  let testApp: TestApp;
  let coordinator: GraphqlClient;

  const upload = (csv: string, query: Record<string, string>) =>
    coordinator.agent.post('/api/organisations/import').query({ mapping: MAPPING, ...query }).set('content-type', 'text/csv').send(csv);

  beforeAll(async () => {
    testApp = await createTestApp();
    coordinator = await testApp.signedIn(Role.COORDINATOR);
    await coordinator.ok('mutation { createOrganisation(input: { name: "Genocide Watch", type: NGO, membershipStatus: APPLIED }) { id } }');
  });

  afterAll(() => testApp.close());

  it('should report bad rows by row and column, then import the corrected file with dated membership history', async () => {
    const file = [
      'Name,Type,Country,Status,Website,Focus',
      'Aegis Trust,ngo,RW,active,https://aegistrust.org,education; remembrance',
      'genocide watch,NGO,US,Active,,early warning',
      'Nameless Type,club,,,,',
      'Bad Site,MEDIA,,,ftp://files.example,',
      'Aegis Trust,NGO,RW,,,',
    ].join('\r\n');
    const dry = await upload(file, { dryRun: 'true' });
    expect(dry.body).toMatchObject({ rows: 5, created: 1, updated: 1, problemCount: 3 });
    expect(dry.body.problems.map((p: { row: number; column: string }) => `${p.row}:${p.column}`)).toEqual(['4:Type', '5:Website', '6:Name']);

    const corrected = file.split('\r\n').slice(0, 3).join('\r\n');
    const committed = await upload(corrected, { dryRun: 'false' });
    expect(committed.body).toMatchObject({ committed: true, created: 1, updated: 1, problemCount: 0 });
    const { organisations } = await coordinator.ok<{ organisations: { edges: { node: { name: string; membershipStatus: string; focusAreas: string[]; membershipHistory: { fromStatus: string | null; toStatus: string }[] } }[] } }>(
      '{ organisations { edges { node { name membershipStatus focusAreas membershipHistory { fromStatus toStatus } } } } }',
    );
    expect(organisations.edges.map((edge) => edge.node)).toEqual([
      { name: 'Aegis Trust', membershipStatus: 'ACTIVE', focusAreas: ['education', 'remembrance'], membershipHistory: [{ fromStatus: null, toStatus: 'ACTIVE' }] },
      {
        name: 'Genocide Watch',
        membershipStatus: 'ACTIVE',
        focusAreas: ['early warning'],
        membershipHistory: [
          { fromStatus: null, toStatus: 'APPLIED' },
          { fromStatus: 'APPLIED', toStatus: 'ACTIVE' },
        ],
      },
    ]);
  });

  it('should export the filtered list', async () => {
    const response = await coordinator.agent.get('/api/organisations/export.csv').query({ filter: JSON.stringify({ countryCodes: ['RW'] }) });
    const lines = response.text.replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^Aegis Trust,,NGO,RW,/);
  });
});
