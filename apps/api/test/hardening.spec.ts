import { Role } from '@alliance/domain';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  DocumentNode,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  OperationDefinitionNode,
  print,
  typeFromAST,
} from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { MAX_PAGE_SIZE } from '../src/core/graphql/pagination';
import { enforceQueryLimits, OperationMeasure, QueryLimits } from '../src/core/graphql/query-limits';
import { createTestApp, GraphqlClient, TestApp } from './support/test-app';

const PARTNER = 'https://partner.example.org';
const EVIL = 'https://evil.example.com';
const ADMIN_DOCUMENTS = path.resolve(__dirname, '../../admin/src/gql/graphql.ts');
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

interface AdminOperation {
  name: string;
  document: DocumentNode;
  operation: OperationDefinitionNode;
}

/** The admin's operations, as the GraphQL code generator wrote them (each with its fragments). */
function adminOperations(): AdminOperation[] {
  const source = readFileSync(ADMIN_DOCUMENTS, 'utf8');
  return [...source.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm)].map(([, name, json]) => {
    const document = JSON.parse(json) as DocumentNode;
    const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
    if (!operation) throw new Error(`${name}: no operation`);
    return { name, document, operation };
  });
}

/** A value of the type for a required variable; page sizes at their largest (the admin offers 100 a page). */
function sampleValue(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, name);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return Object.fromEntries(fields.map((field) => [field.name, sampleValue(field.type, field.name)]));
  }
  switch (type.name) {
    case 'Int':
      return name === 'first' ? MAX_PAGE_SIZE : 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'ID':
      return '00000000-0000-4000-8000-000000000000';
    case 'DateTime':
      return new Date().toISOString();
    default:
      return 'x';
  }
}

function sampleVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined;
    if (type && (isNonNullType(type) || name === 'first')) variables[name] = sampleValue(type, name);
  }
  return variables;
}

const limitsOf = (testApp: TestApp): QueryLimits => ({
  maxDepth: testApp.config.GRAPHQL_MAX_DEPTH,
  maxComplexity: testApp.config.GRAPHQL_MAX_COMPLEXITY,
  maxAliases: testApp.config.GRAPHQL_MAX_ALIASES,
});

/** `{ a1: me { id } a2: me { id } … }` */
const aliased = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: me { id }`).join(' ')} }`;

const post = (testApp: TestApp, url = '/graphql') => request(testApp.app.getHttpServer()).post(url).set('apollo-require-preflight', 'true');

describe('Hardening', () => {
  let testApp: TestApp;
  let coordinator: GraphqlClient;

  beforeAll(async () => {
    testApp = await createTestApp({ CORS_ORIGINS: `${PARTNER}, http://localhost:4200` });
    coordinator = await testApp.signedIn(Role.COORDINATOR);
  });

  afterAll(() => testApp.close());

  describe('GraphQL limits', () => {
    it('should let every operation of the admin through, with the largest page size', () => {
      const schema = testApp.app.get(GraphQLSchemaHost).schema;
      const operations = adminOperations();
      expect(operations.length).toBeGreaterThan(50);
      const measured: (OperationMeasure & { name: string })[] = operations.map(({ name, document, operation }) => ({
        name,
        ...enforceQueryLimits(limitsOf(testApp), { schema, document, operationName: operation.name?.value, variables: sampleVariables(schema, operation) }),
      }));
      const heaviest = [...measured].sort((a, b) => b.complexity - a.complexity)[0];
      // Room to grow: the heaviest real operation uses at most half of each budget.
      expect(heaviest.complexity * 2).toBeLessThanOrEqual(testApp.config.GRAPHQL_MAX_COMPLEXITY);
      expect(Math.max(...measured.map((m) => m.depth)) + 3).toBeLessThanOrEqual(testApp.config.GRAPHQL_MAX_DEPTH);
    });

    it('should run the heaviest real admin operations against the server without a limit error', async () => {
      const schema = testApp.app.get(GraphQLSchemaHost).schema;
      const wanted = ['InteractionTimeline', 'ContactDuplicates', 'Campaigns', 'Contacts', 'Dashboard', 'Campaign', 'CampaignTasks'];
      const operations = adminOperations().filter((operation) => wanted.includes(operation.name));
      expect(operations.map((operation) => operation.name).sort()).toEqual([...wanted].sort());
      for (const { name, document, operation } of operations) {
        const result = await coordinator.query(print(document), sampleVariables(schema, operation));
        const codes = (result.errors ?? []).map((error) => error.extensions.code);
        expect({ name, status: result.status, codes: codes.filter((code) => /QUERY_TOO|ALIASES|VALIDATION|PARSE/.test(code)) }).toEqual({
          name,
          status: 200,
          codes: [],
        });
      }
    });

    it('should refuse a query nested deeper than GRAPHQL_MAX_DEPTH, naming the limit and the depth', async () => {
      const deep =
        '{ contacts(first: 1) { edges { node { affiliations { organisation { affiliations { contact { affiliations { organisation { affiliations { contact { id } } } } } } } } } } } }';
      const result = await coordinator.query(deep);
      expect(result.status).toBe(400);
      expect(result.data).toBeNull();
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', depth: 12, limit: 10 });
      expect(result.errors?.[0].message).toBe('The query is nested 12 levels deep; the limit is 10.');
    });

    it('should refuse a query costing more than GRAPHQL_MAX_COMPLEXITY, counting page sizes and nested lists', async () => {
      const costly =
        '{ organisations(first: 100) { edges { node { affiliations { contact { affiliations { organisation { affiliations { contact { id } } } } } } } } } }';
      const result = await coordinator.query(costly);
      expect(result.status).toBe(400);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 25000 });
      const complexity = result.errors?.[0].extensions.complexity as number;
      expect(complexity).toBeGreaterThan(25000);
      expect(result.errors?.[0].message).toContain(`estimated cost is ${complexity}; the limit is 25000`);

      // The same shape on a small page is fine: the cost follows `first`.
      const small = await coordinator.query(costly.replace('first: 100', 'first: 5'));
      expect(small.errors).toBeUndefined();
    });

    it('should count fragments too', async () => {
      const viaFragments = `
        query { organisations(first: 100) { edges { node { ...Deep } } } }
        fragment Deep on Organisation { affiliations { contact { affiliations { organisation { ...Deeper } } } } }
        fragment Deeper on Organisation { affiliations { contact { id } } }`;
      const result = await coordinator.query(viaFragments);
      expect(result.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    });

    it('should refuse more aliases than GRAPHQL_MAX_ALIASES, and accept the limit itself', async () => {
      const atLimit = await coordinator.query(aliased(30));
      expect(atLimit.errors).toBeUndefined();
      const over = await coordinator.query(aliased(31));
      expect(over.status).toBe(400);
      expect(over.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', aliases: 31, limit: 30 });
      expect(over.errors?.[0].message).toBe('The query uses 31 aliases; the limit is 30.');
    });

    it('should refuse batched operations (an array body)', async () => {
      const response = await post(testApp).send([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
      expect(response.status).toBe(400);
      expect(response.text).toMatch(/batching/i);
    });

    it('should refuse a document with an enormous number of tokens before validating it', async () => {
      const response = await post(testApp).send({ query: `{ me { ${'id '.repeat(6000)} } }` });
      expect(response.status).toBe(400);
      expect(response.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
      expect(response.body.errors[0].message).toMatch(/tokens/);
    });
  });

  describe('request bodies', () => {
    it('should accept JSON up to HTTP_BODY_LIMIT (1 MB by default), more than the framework default of 100 kB', async () => {
      const response = await post(testApp).send({ query: '{ me { id } }', variables: { padding: 'x'.repeat(600_000) } });
      expect(response.status).toBe(200);
    });

    it('should answer 413 with a JSON error over HTTP_BODY_LIMIT', async () => {
      const response = await post(testApp).send({ query: '{ me { id } }', variables: { padding: 'x'.repeat(1_100_000) } });
      expect(response.status).toBe(413);
      expect(response.headers['content-type']).toMatch(/application\/json/);
      expect(response.body.errors[0]).toEqual({
        message: 'The request body is larger than the limit of 1048576 bytes.',
        extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes: 1048576 },
      });
      const rest = await coordinator.agent.post('/api/contacts/import').set('content-type', 'application/json').send({ padding: 'x'.repeat(1_100_000) });
      expect(rest.status).toBe(413);
      expect(rest.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limitBytes: 1048576 });
    });

    it('should answer malformed JSON with a 400 JSON error, not an HTML page', async () => {
      const response = await post(testApp).set('content-type', 'application/json').send('{"query": ');
      expect(response.status).toBe(400);
      expect(response.body.errors[0]).toMatchObject({ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } });
      expect(response.text).not.toMatch(/at \w+ \(|node_modules/);
    });

    it('should still take CSV imports larger than the JSON limit', async () => {
      const advocate = await testApp.signedIn(Role.ADVOCATE);
      const padding = 'p'.repeat(500);
      const rows = Array.from({ length: 2500 }, (_, i) => `Person,Number${i},person${i}@example.org,${padding}`);
      const csv = ['First name,Last name,Email,Padding', ...rows].join('\n');
      expect(csv.length).toBeGreaterThan(1_100_000);
      const response = await advocate.agent
        .post('/api/contacts/import')
        .query({ mapping: JSON.stringify({ 'First name': 'firstName', 'Last name': 'lastName', Email: 'email' }), dryRun: 'true' })
        .set('content-type', 'text/csv')
        .send(csv);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ rows: 2500 });
    });
  });

  describe('security headers', () => {
    it('should send a strict CSP and the other headers on every answer', async () => {
      const response = await request(testApp.app.getHttpServer()).get('/health');
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['x-powered-by']).toBeUndefined();
      expect(response.headers['strict-transport-security']).toBeUndefined();
      const graphql = await coordinator.query('{ me { id } }');
      expect(graphql.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    });

    it('should serve the built admin under the same CSP, with no inline script', async () => {
      const page = await request(testApp.app.getHttpServer()).get('/');
      if (page.status === 404) return; // the admin is not built: nothing to serve
      expect(page.status).toBe(200);
      expect(page.headers['content-security-policy']).toContain("script-src 'self';");
      expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    });

    it("should keep the attachment download's own sandboxing CSP", async () => {
      const advocate = await testApp.signedIn(Role.ADVOCATE);
      const created = await advocate.agent
        .post('/api/documents')
        .set('X-Requested-With', 'fetch')
        .field('kind', 'OTHER')
        .attach('file', PDF, { filename: 'brief.pdf', contentType: 'application/pdf' });
      expect(created.status).toBe(201);
      const download = await advocate.agent.get(`/api/attachments/${created.body.attachment.id}`).responseType('blob');
      expect(download.status).toBe(200);
      expect(download.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
      expect(download.headers['x-content-type-options']).toBe('nosniff');
    });
  });

  describe('CORS', () => {
    it('should allow, with credentials, only the origins of CORS_ORIGINS', async () => {
      const listed = await post(testApp).set('Origin', PARTNER).send({ query: '{ me { id } }' });
      expect(listed.headers['access-control-allow-origin']).toBe(PARTNER);
      expect(listed.headers['access-control-allow-credentials']).toBe('true');
      expect(listed.headers.vary).toMatch(/Origin/i);

      const other = await post(testApp).set('Origin', EVIL).send({ query: '{ me { id } }' });
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
      expect(other.headers['access-control-allow-credentials']).toBeUndefined();
    });

    it('should answer preflights: the allowed methods and headers for a listed origin, nothing for others', async () => {
      const preflight = (origin: string) =>
        request(testApp.app.getHttpServer())
          .options('/graphql')
          .set('Origin', origin)
          .set('Access-Control-Request-Method', 'POST')
          .set('Access-Control-Request-Headers', 'content-type, apollo-require-preflight');
      const listed = await preflight(PARTNER);
      expect(listed.status).toBe(204);
      expect(listed.headers['access-control-allow-origin']).toBe(PARTNER);
      expect(listed.headers['access-control-allow-methods']).toContain('POST');
      expect(listed.headers['access-control-allow-headers']).toContain('apollo-require-preflight');
      const other = await preflight(EVIL);
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
      expect(other.headers['access-control-allow-methods']).toBeUndefined();
    });
  });

  describe('cross-site requests with the session cookie', () => {
    const ME = '{ me { id } }';

    it('should refuse a signed-in mutation from another site, with a 403 JSON error, and change nothing', async () => {
      const client = await testApp.signedIn(Role.ADVOCATE);
      const forged = await client.agent.post('/graphql').set('Origin', EVIL).set('content-type', 'application/json').set('apollo-require-preflight', 'true').send({ query: 'mutation { signOut }' });
      expect(forged.status).toBe(403);
      expect(forged.body.errors[0].extensions.code).toBe('CROSS_SITE_REQUEST');
      expect(forged.body.errors[0].message).toContain(EVIL);
      expect((await client.ok<{ me: unknown }>(ME)).me).not.toBeNull();
    });

    it('should refuse a signed-in request that names no origin, and one from an opaque origin', async () => {
      const client = await testApp.signedIn(Role.ADVOCATE);
      const anonymousOrigin = await client.agent.post('/graphql').unset('Origin').set('apollo-require-preflight', 'true').send({ query: ME });
      expect(anonymousOrigin.status).toBe(403);
      expect(anonymousOrigin.body.errors[0].message).toMatch(/Origin or Referer/);
      const opaque = await client.agent.post('/graphql').set('Origin', 'null').set('apollo-require-preflight', 'true').send({ query: ME });
      expect(opaque.status).toBe(403);
    });

    it('should accept the Referer when there is no Origin, PUBLIC_URL, listed origins and the same host', async () => {
      const client = await testApp.signedIn(Role.ADVOCATE);
      const send = (headers: Record<string, string>) => {
        let call = client.agent.post('/graphql').unset('Origin').set('apollo-require-preflight', 'true');
        for (const [name, value] of Object.entries(headers)) call = call.set(name, value);
        return call.send({ query: ME });
      };
      expect((await send({ Referer: 'http://admin.test/contacts/1' })).status).toBe(200);
      expect((await send({ Origin: 'http://admin.test' })).status).toBe(200);
      expect((await send({ Origin: PARTNER })).status).toBe(200);
      expect((await send({ Origin: 'http://crm.internal:8080', Host: 'crm.internal:8080' })).status).toBe(200);
      expect((await send({ Referer: `${EVIL}/page` })).status).toBe(403);
    });

    it('should refuse the REST routes too, and paths spelt in another case', async () => {
      const advocate = await testApp.signedIn(Role.ADVOCATE);
      const shouting = await advocate.agent.post('/GraphQL').set('Origin', EVIL).set('apollo-require-preflight', 'true').send({ query: 'mutation { signOut }' });
      expect(shouting.status).toBe(403);
      const forged = await advocate.agent.post('/api/contacts/import').set('Origin', EVIL).query({ mapping: '{}' }).set('content-type', 'text/csv').send('a\n1');
      expect(forged.status).toBe(403);
      expect(forged.body).toMatchObject({ code: 'CROSS_SITE_REQUEST' });
    });

    it('should leave clients without a session cookie alone (scripts, sign-in itself)', async () => {
      const anonymous = await post(testApp).send({ query: ME });
      expect(anonymous.status).toBe(200);
      const fromElsewhere = await post(testApp).set('Origin', EVIL).send({ query: ME });
      expect(fromElsewhere.status).toBe(200);
      expect(fromElsewhere.body.data).toEqual({ me: null });
    });

    it('should not check reads', async () => {
      const response = await coordinator.agent.get('/graphql').query({ query: ME }).set('Origin', EVIL).set('apollo-require-preflight', 'true');
      expect(response.status).toBe(200);
    });
  });

  describe('anonymous endpoints', () => {
    it('should throttle the invitation operations per client address', async () => {
      const preview = 'query ($token: String!) { invitation(token: $token) { email } }';
      const codes: string[] = [];
      for (let attempt = 0; attempt < 31; attempt++) {
        const result = await testApp.client().query(preview, { token: `guess-${attempt}-${'x'.repeat(30)}` });
        codes.push(result.errors?.[0].extensions.code ?? 'none');
      }
      expect(codes.slice(0, 30).every((code) => code !== 'TOO_MANY_ATTEMPTS')).toBe(true);
      expect(codes[30]).toBe('TOO_MANY_ATTEMPTS');
      const accept = await testApp
        .client()
        .query('mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }', {
          input: { token: 'x'.repeat(43), password: 'a long and private passphrase' },
        });
      expect(accept.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: expect.any(Number) });
    });
  });
});

describe('Hardening in production', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp({ NODE_ENV: 'production', GRAPHQL_MAX_DEPTH: '4' });
  });

  afterAll(() => testApp.close());

  it('should turn off introspection and the GraphQL landing page', async () => {
    const introspection = await testApp.client().query('{ __schema { types { name } } }');
    expect(introspection.status).toBe(400);
    expect(introspection.errors?.[0].message).toMatch(/introspection/i);
    const page = await request(testApp.app.getHttpServer()).get('/graphql').set('Accept', 'text/html');
    expect(page.text).not.toMatch(/graphiql|sandbox|<html/i);
  });

  it('should not suggest field names', async () => {
    const result = await testApp.client().query('{ mee { id } }');
    expect(result.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('should answer an unexpected error with a generic message: no SQL, no stack trace', async () => {
    const coordinator = await testApp.signedIn(Role.COORDINATOR);
    await testApp.dataSource.query('ALTER TABLE audit_events RENAME TO audit_events_moved');
    try {
      const result = await coordinator.query('{ auditEvents(first: 5) { totalCount } }');
      expect(result.errors?.[0]).toEqual({ message: 'Something went wrong on our side. It has been logged.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(JSON.stringify(result.errors)).not.toMatch(/audit_events|relation|SELECT|stacktrace/i);
    } finally {
      await testApp.dataSource.query('ALTER TABLE audit_events_moved RENAME TO audit_events');
    }
  });

  it('should send HSTS and keep the limits configurable', async () => {
    const response = await request(testApp.app.getHttpServer()).get('/health');
    expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    const atLimit = await testApp.client().query('{ contacts(first: 1) { edges { node { id } } } }');
    expect(atLimit.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const deeper = await testApp.client().query('{ contacts(first: 1) { edges { node { emails { address } } } } }');
    expect(deeper.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', depth: 5, limit: 4 });
  });
});
