import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Role } from '@alliance/domain';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { renderAuthorisationMatrix } from './authorisation/markdown';
import { FIELDS, FieldRow, OPERATIONS, OperationRow, Outcome } from './authorisation/matrix';
import { Caller, CALLERS, Seed, seedAuthorisationMatrix, signInAs } from './authorisation/seed';
import { createTestApp, GraphqlClient, GraphqlResult, TestApp } from './support/test-app';

const DOCUMENT = path.resolve(__dirname, '../../../docs/authorisation-matrix.md');
const REFUSALS = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);

type GraphqlError = NonNullable<GraphqlResult['errors']>[number] & { path?: (string | number)[] };
const errorsOf = (result: GraphqlResult): GraphqlError[] => (result.errors ?? []) as GraphqlError[];
const refusalCode = (caller: Caller) => (caller === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
const rootField = (operation: string) => operation.split('.')[1];
/** What the response says, for a failure message. */
const described = (result: GraphqlResult) => JSON.stringify({ data: result.data, errors: errorsOf(result).map((error) => ({ code: error.extensions.code, path: error.path, message: error.message })) });

const operationCells = OPERATIONS.flatMap((row) => CALLERS.map((caller) => ({ name: `${row.operation} as ${caller}: ${row.expected[caller]}`, row, caller })));
const fieldCells = FIELDS.flatMap((row) => CALLERS.map((caller) => ({ name: `${row.label} as ${caller}: ${row.expected[caller]}`, row, caller })));

describe('The authorisation matrix', () => {
  let testApp: TestApp;
  let seed: Seed;
  let clients: Record<Caller, GraphqlClient>;
  let fresh = 0;

  /** A new session of the caller's role, for calls that end or replace the session they run on. */
  const freshClient = async (caller: Caller): Promise<GraphqlClient> => {
    if (caller === 'ANONYMOUS') return testApp.client();
    const organisationId = caller === 'MEMBER' ? seed.orgA : null;
    return signInAs(testApp, Role[caller], `fresh${++fresh}.${caller.toLowerCase()}@alliance.test`, `Fresh ${caller}`, organisationId);
  };

  beforeAll(async () => {
    testApp = await createTestApp();
    ({ seed, clients } = await seedAuthorisationMatrix(testApp));
  }, 120_000);

  afterAll(() => testApp?.close());

  describe('the table', () => {
    it('should name every query and mutation of the schema once, and nothing else', () => {
      const schema = testApp.app.get(GraphQLSchemaHost).schema;
      const served = [schema.getQueryType(), schema.getMutationType()].flatMap((type) => Object.keys(type?.getFields() ?? {}).map((field) => `${type?.name}.${field}`)).sort();
      const listed = OPERATIONS.map((row) => row.operation);
      expect({ missingFromTheMatrix: served.filter((operation) => !listed.includes(operation)) }).toEqual({ missingFromTheMatrix: [] });
      expect({ notInTheSchema: listed.filter((operation) => !served.includes(operation)) }).toEqual({ notInTheSchema: [] });
      expect({ listedTwice: listed.filter((operation, index) => listed.indexOf(operation) !== index) }).toEqual({ listedTwice: [] });
    });

    it('should call each operation at the root of its document, and give each field row a distinct label', () => {
      const notCalled = OPERATIONS.filter((row) => !new RegExp(`[{\\s]${rootField(row.operation)}\\b`).test(row.document)).map((row) => row.operation);
      expect(notCalled).toEqual([]);
      const labels = FIELDS.map((row) => row.label);
      expect(labels.filter((label, index) => labels.indexOf(label) !== index)).toEqual([]);
    });

    it('should match docs/authorisation-matrix.md (run with UPDATE_AUTHORISATION_MATRIX=1 to rewrite it)', () => {
      const rendered = renderAuthorisationMatrix(OPERATIONS, FIELDS);
      if (process.env.UPDATE_AUTHORISATION_MATRIX === '1') writeFileSync(DOCUMENT, rendered);
      let committed = '';
      try {
        committed = readFileSync(DOCUMENT, 'utf8');
      } catch {
        // Missing: reported by the comparison below.
      }
      expect(committed).toBe(rendered);
    });
  });

  describe('operations', () => {
    it.each(operationCells)('$name', async ({ row, caller }) => {
      const client = row.freshSession ? await freshClient(caller) : clients[caller];
      const result = await client.query(row.document, row.variables?.(seed, caller) ?? {});
      expectOperationOutcome(row, caller, row.expected[caller], result);
    });
  });

  describe('protected fields and records', () => {
    const known = fieldCells.filter(({ row, caller }) => row.knownIssue && row.expected[caller] !== 'allow' && caller !== 'ANONYMOUS');
    const met = fieldCells.filter((cell) => !known.includes(cell));

    it.each(met)('$name', async ({ row, caller }) => {
      const result = await clients[caller].query(row.document, row.variables?.(seed, caller) ?? {});
      expectFieldOutcome(row, caller, row.expected[caller], result);
    });

    // A known gap keeps the contract's expectation and is expected to fail. Once the API meets it, the cell
    // passes, which fails here: then remove the row's knownIssue.
    if (known.length) {
      it.failing.each(known)('known gap: $name', async ({ row, caller }) => {
        const result = await clients[caller].query(row.document, row.variables?.(seed, caller) ?? {});
        expectFieldOutcome(row, caller, row.expected[caller], result);
      });
    }
  });
});

/**
 * allow: the call got past the access rules: data, or an answer from the operation itself (bad input,
 * not found, conflict...) rather than from the access guard or the GraphQL validation before it.
 * refused: FORBIDDEN (UNAUTHENTICATED when not signed in) on the operation, and no data.
 */
function expectOperationOutcome(row: OperationRow, caller: Caller, outcome: Outcome, result: GraphqlResult): void {
  const field = rootField(row.operation);
  const errors = errorsOf(result);
  const context = `${row.operation} as ${caller} answered ${described(result)}`;
  if (outcome === 'allow') {
    const refused = errors.filter((error) => REFUSALS.has(String(error.extensions.code)));
    const unexpected = errors.filter((error) => !error.path || error.extensions.code === 'INTERNAL_SERVER_ERROR');
    expect({ context, refused, unexpected }).toEqual({ context, refused: [], unexpected: [] });
    if (!errors.length && !row.nullable) expect({ context, answered: result.data?.[field] != null }).toEqual({ context, answered: true });
    if (row.operation.startsWith('Query.') && !row.nullable) expect({ context, errors: errors.length }).toEqual({ context, errors: 0 });
    return;
  }
  const refusal = errors.find((error) => error.path?.[0] === field && error.extensions.code === refusalCode(caller));
  expect({ context, refused: !!refusal, data: result.data?.[field] ?? null }).toEqual({ context, refused: true, data: null });
}

/**
 * allow: the secret is in the response, with no refusal. refused: the secret is not, and a refusal names
 * the field (or the whole operation when not signed in). hidden: the secret is not, and there is no error.
 */
function expectFieldOutcome(row: FieldRow, caller: Caller, outcome: Outcome, result: GraphqlResult): void {
  const errors = errorsOf(result);
  const everything = JSON.stringify({ data: result.data, errors: result.errors });
  const context = `${row.label} as ${caller} answered ${described(result)}`;
  if (outcome === 'allow') {
    const refused = errors.filter((error) => REFUSALS.has(String(error.extensions.code)));
    expect({ context, refused, revealed: JSON.stringify(result.data).includes(row.secret) }).toEqual({ context, refused: [], revealed: true });
    return;
  }
  const revealed = everything.includes(row.secret);
  if (outcome === 'hidden') {
    expect({ context, revealed, errors: errors.length }).toEqual({ context, revealed: false, errors: 0 });
    return;
  }
  const refusal = errors.find((error) => error.extensions.code === refusalCode(caller) && (caller === 'ANONYMOUS' || error.path?.includes(row.field)));
  expect({ context, revealed, refused: !!refusal }).toEqual({ context, revealed: false, refused: true });
}
