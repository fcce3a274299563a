import { Role } from '@alliance/domain';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { CsvFile, csvFiles, formulaText, isFormula, validContactRow, validOrganisationRow } from './bad-input/csv-files';
import { createTestApp, GraphqlClient, TestApp } from './support/test-app';

/** The same seed as the GraphQL fuzzing: a failure replays exactly. */
const CSV_FUZZ_SEED = 20_260_517;
fc.configureGlobal({ seed: CSV_FUZZ_SEED, numRuns: 100, endOnFailure: true });

interface Endpoint {
  name: string;
  path: string;
  table: string;
  header: string[];
  mapping: Record<string, string>;
  validRow: fc.Arbitrary<string[]>;
}

const ENDPOINTS: Endpoint[] = [
  {
    name: 'contacts',
    path: '/api/contacts',
    table: 'contacts',
    header: ['First name', 'Last name', 'Email', 'Organisation', 'Country', 'Tags', 'Notes'],
    mapping: { 'First name': 'firstName', 'Last name': 'lastName', Email: 'email', Organisation: 'organisation', Country: 'countryCode', Tags: 'tags', Notes: 'notes' },
    validRow: validContactRow,
  },
  {
    name: 'organisations',
    path: '/api/organisations',
    table: 'organisations',
    header: ['Name', 'Type', 'Country', 'Status', 'Website', 'Focus'],
    mapping: { Name: 'name', Type: 'type', Country: 'countryCode', Status: 'membershipStatus', Website: 'website', Focus: 'focusAreas' },
    validRow: validOrganisationRow,
  },
];

interface Report {
  dryRun: boolean;
  committed: boolean;
  rows: number;
  created: number;
  updated: number;
  problemCount: number;
  problems: { row: number; column: string; message: string }[];
}

describe('CSV import and export, fuzzed', () => {
  let testApp: TestApp;
  let coordinator: GraphqlClient;
  const tally = { refused: 0, reported: 0, committed: 0 };

  const counts = async (table: string) => {
    const [row] = await testApp.dataSource.query(`SELECT (SELECT count(*) FROM ${table})::int AS records, (SELECT count(*) FROM audit_events)::int AS audit`);
    return row as { records: number; audit: number };
  };

  const upload = (endpoint: Endpoint, file: CsvFile, dryRun: boolean) =>
    coordinator.agent
      .post(`${endpoint.path}/import`)
      .query({ mapping: JSON.stringify(endpoint.mapping), dryRun: String(dryRun) })
      .set('content-type', 'text/csv')
      .send(file.bytes);

  /** Every cell of the export, header aside. */
  const exportedCells = async (endpoint: Endpoint): Promise<string[]> => {
    const response = await coordinator.agent.get(`${endpoint.path}/export.csv`);
    expect(response.status).toBe(200);
    const rows: string[][] = parse(response.text.replace(/^\uFEFF/, ''), { relax_column_count: false });
    return rows.slice(1).flat();
  };

  beforeAll(async () => {
    testApp = await createTestApp();
    coordinator = await testApp.signedIn(Role.COORDINATOR);
  });

  afterAll(() => testApp.close());

  describe.each(ENDPOINTS)('$name', (endpoint) => {
    it('should answer any file with a 400 or a report, never a 5xx, and write all of it or nothing', async () => {
      await fc.assert(
        fc.asyncProperty(csvFiles(endpoint.header, endpoint.validRow), fc.boolean(), async (file, dryRun) => {
          const before = await counts(endpoint.table);
          const response = await upload(endpoint, file, dryRun);
          const after = await counts(endpoint.table);
          const context = `${endpoint.name} ${dryRun ? 'dry run' : 'import'} of ${file.description.slice(0, 600)}: HTTP ${response.status} ${response.text.slice(0, 300)}`;
          expect({ context, status: response.status < 500 }).toEqual({ context, status: true });
          if (response.status !== 200) {
            tally.refused += 1;
            expect({ context, status: response.status, code: response.body.code, after }).toEqual({ context, status: 400, code: 'BAD_USER_INPUT', after: before });
            return;
          }
          const report = response.body as Report;
          if (!report.committed) {
            tally.reported += 1;
            // Nothing written: a dry run, or a file with problems, each named by row and column.
            expect({ context, after, explained: dryRun || report.problemCount > 0 }).toEqual({ context, after: before, explained: true });
            expect({ context, listed: report.problems.every((problem) => problem.row >= 2 && problem.column !== '' && problem.message !== '') }).toEqual({ context, listed: true });
            return;
          }
          tally.committed += 1;
          // All of it: the new records and the audit trail of the import, in one transaction.
          expect({ context, dryRun: report.dryRun, problems: report.problemCount, created: after.records - before.records, audited: after.audit > before.audit }).toEqual({
            context,
            dryRun: false,
            problems: 0,
            created: report.created,
            audited: true,
          });
          const unsafe = (await exportedCells(endpoint)).filter(isFormula);
          expect({ context, unsafe }).toEqual({ context, unsafe: [] });
        }),
      );
    });

    it('should neutralise formulas in every exported cell', async () => {
      const line = endpoint.name === 'contacts' ? (text: string, i: number) => `"${text.replace(/"/g, '""')}",Formula${i},,,,"${text.replace(/"/g, '""')}","${text.replace(/"/g, '""')}"` : (text: string) => `"${text.replace(/"/g, '""')}",NGO,,,,"${text.replace(/"/g, '""')}"`;
      await fc.assert(
        // Not behind a carriage return: single-line fields refuse it (a tab stays, and is neutralised).
        fc.asyncProperty(fc.uniqueArray(formulaText.filter((text) => !text.startsWith('\r')), { minLength: 1, maxLength: 5 }), async (texts) => {
          const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
          const named = texts.map((text) => `${text} ${suffix}`);
          const file = [endpoint.header.join(','), ...named.map((text, i) => line(text, i))].join('\n');
          const response = await upload(endpoint, { description: file, bytes: Buffer.from(file) }, false);
          expect({ file, committed: response.body.committed, problems: response.body.problems }).toEqual({ file, committed: true, problems: [] });
          const cells = await exportedCells(endpoint);
          expect(cells.filter(isFormula)).toEqual([]);
          // Each formula comes back whole, behind an apostrophe that keeps it text.
          for (const text of named) expect({ text, back: cells.some((cell) => cell.startsWith("'") && cell.trim().endsWith(text.trim())) }).toEqual({ text, back: true });
        }),
        { numRuns: 10 },
      );
    });
  });

  it('should have gone down every path: refused files, reports with problems, committed imports', () => {
    expect(tally.refused).toBeGreaterThan(0);
    expect(tally.reported).toBeGreaterThan(0);
    expect(tally.committed).toBeGreaterThan(0);
  });
});
