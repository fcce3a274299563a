// npm run bench:api [-- --quick] [--reseed] [--duration S] [--warmup S] [--concurrency 1,16,64] [--port N] [--keep-sql FILE]
// Runs the production API against the large dataset (database alliance_bench), drives it over HTTP with autocannon,
// and compares each operation with its floor: the same SQL behind a bare http server and pg Pool.
// The last line printed is one JSON object with the figures.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchDatabaseUrl, databaseSize, prepareDatabase, withClient } from './database.mjs';
import { measure } from './load.mjs';
import { buildOperations, deepCursor, pickFixtures, SIGN_IN } from './operations.mjs';
import { CaptureProxy, toWaves } from './pg-proxy.mjs';
import { sampleRss, startApi, startFloor } from './processes.mjs';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    reseed: { type: 'boolean', default: false },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    concurrency: { type: 'string' },
    port: { type: 'string', default: '3710' },
    'keep-sql': { type: 'string' },
    email: { type: 'string', default: 'demo-coordinator@alliance.demo' },
    password: { type: 'string', default: process.env.ALLIANCE_DEMO_PASSWORD ?? 'alliance-demo-2024' },
  },
});
const settings = {
  durationSeconds: Number(args.duration ?? (args.quick ? 2 : 10)),
  warmupSeconds: Number(args.warmup ?? (args.quick ? 1 : 2)),
  concurrencies: (args.concurrency ?? (args.quick ? '1,16' : '1,16,64')).split(',').map(Number),
};
const port = Number(args.port); // the API; port + 1: the floor; port + 2: the capture proxy
const log = (line) => process.stderr.write(`${line}\n`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until no statement is running in the database: a run that ends leaves its requests in flight on the server
 * (seconds of work for the slow operations at 64 connections), which would otherwise weigh on the next run.
 */
async function settle(databaseUrl) {
  await withClient(databaseUrl, async (client) => {
    for (let quiet = 0, waited = 0; quiet < 2 && waited < 120; waited++) {
      await sleep(500);
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND state <> 'idle' AND pid <> pg_backend_pid()`);
      quiet = rows[0].n === 0 ? quiet + 1 : 0;
    }
  });
}

/** The headers every request of a signed-in browser tab carries (docs/security.md). */
function headers(publicUrl, cookie) {
  return { 'content-type': 'application/json', 'apollo-require-preflight': 'true', origin: publicUrl, ...(cookie ? { cookie } : {}) };
}

async function graphqlRequest(publicUrl, cookie, query, variables) {
  const response = await fetch(`${publicUrl}/graphql`, { method: 'POST', headers: headers(publicUrl, cookie), body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return { data: body.data, response };
}

async function signIn(publicUrl) {
  const { response } = await graphqlRequest(publicUrl, null, SIGN_IN, { input: { email: args.email, password: args.password } });
  const cookie = response.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
  if (!cookie) throw new Error('signIn set no cookie');
  return cookie;
}

/**
 * Capture: one API process whose database connections go through the counting proxy. Each operation is run a few
 * times (so caches and lazily prepared things are warm), then once more with the proxy recording.
 */
async function capture(databaseUrl, secret, fixtures) {
  const target = new URL(databaseUrl);
  const proxy = new CaptureProxy({ host: target.hostname, port: Number(target.port || 5432) });
  await proxy.listen(port + 2);
  const viaProxy = new URL(databaseUrl);
  viaProxy.hostname = '127.0.0.1';
  viaProxy.port = String(port + 2);
  const api = await startApi({ port, databaseUrl: viaProxy.toString(), secret, log });
  try {
    const cookie = await signIn(api.publicUrl);
    const graphql = async (query, variables) => (await graphqlRequest(api.publicUrl, cookie, query, variables)).data;
    const deep = await deepCursor(fixtures, graphql);
    const operations = buildOperations(fixtures, deep.cursor);
    const captured = {};
    for (const [name, { query, variables }] of Object.entries(operations)) {
      for (let i = 0; i < 3; i++) await graphql(query, variables);
      await sleep(300);
      proxy.reset();
      await graphql(query, variables);
      await sleep(300); // anything the request sets off after answering is its cost too
      const statements = proxy.statements;
      proxy.reset(); // from here on the proxy fills a new list
      captured[name] = { statements, waves: toWaves(statements) };
      log(`captured ${name}: ${statements.length} statements in ${captured[name].waves.length} waves`);
    }
    return { cookie, deepPage: deep.page, operations, captured };
  } finally {
    await api.stop();
    await proxy.close();
  }
}

async function main() {
  const databaseUrl = benchDatabaseUrl('alliance_bench');
  await prepareDatabase(databaseUrl, { reseed: args.reseed, log });
  const fixtures = await withClient(databaseUrl, pickFixtures);
  log(`fixtures: ${JSON.stringify(fixtures)}`);
  const secret = randomBytes(48).toString('base64url'); // one for both API processes

  const { cookie, deepPage, operations, captured } = await capture(databaseUrl, secret, fixtures);
  const capturedFile = args['keep-sql'] ?? path.join(mkdtempSync(path.join(os.tmpdir(), 'alliance-bench-api-')), 'captured.json');
  writeFileSync(capturedFile, JSON.stringify(Object.fromEntries(Object.entries(captured).map(([name, c]) => [name, c.waves])), null, 1));
  log(`captured SQL written to ${capturedFile}`);

  const results = {};
  const api = await startApi({ port, databaseUrl, secret, log });
  const rss = sampleRss(api.pid);
  try {
    for (const [name, { query, variables }] of Object.entries(operations)) {
      const request = { url: `${api.publicUrl}/graphql`, method: 'POST', headers: headers(api.publicUrl, cookie), body: JSON.stringify({ query, variables }) };
      results[name] = {};
      for (const connections of settings.concurrencies) {
        const figures = await measure(request, { connections, ...settings });
        await settle(databaseUrl);
        results[name][connections] = { ...figures, sqlPerRequest: captured[name].statements.length };
        log(`api   ${name} c=${connections}: ${figures.rps} rps, p50 ${figures.p50Ms} ms, p95 ${figures.p95Ms} ms, p99 ${figures.p99Ms} ms, failures ${figures.failures}`);
      }
    }
  } finally {
    rss.stop();
    await api.stop();
  }

  const floor = await startFloor({ port: port + 1, databaseUrl, capturedFile, log });
  try {
    for (const name of Object.keys(operations)) {
      for (const connections of settings.concurrencies) {
        const figures = await measure({ url: `${floor.url}/${name}`, method: 'POST', body: '{}' }, { connections, ...settings });
        await settle(databaseUrl);
        const row = results[name][connections];
        row.floorRps = figures.rps;
        row.floorP95Ms = figures.p95Ms;
        row.ratio = figures.rps ? Math.round((row.rps / figures.rps) * 1000) / 1000 : null;
        log(`floor ${name} c=${connections}: ${figures.rps} rps, p95 ${figures.p95Ms} ms, failures ${figures.failures} -> ratio ${row.ratio}`);
      }
    }
  } finally {
    await floor.stop();
  }

  const operationsOut = {};
  for (const [name, byConcurrency] of Object.entries(results)) {
    operationsOut[name] = {};
    for (const [connections, r] of Object.entries(byConcurrency)) {
      operationsOut[name][connections] = {
        rps: r.rps, p50Ms: r.p50Ms, p95Ms: r.p95Ms, p99Ms: r.p99Ms, floorRps: r.floorRps, ratio: r.ratio,
        sqlPerRequest: r.sqlPerRequest, failures: r.failures, floorP95Ms: r.floorP95Ms,
      };
    }
  }
  const summary = {
    settings: { ...settings, quick: args.quick },
    fixtures: { deepPage, organisationsInFilter: fixtures.organisationsInFilter, search: fixtures.misspelt, contactInteractions: fixtures.contact.interactions, campaignTargets: fixtures.campaign.targets },
    databaseSize: await databaseSize(databaseUrl),
    apiPeakRssMb: rss.peakMb(),
    operations: operationsOut,
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

main().catch((error) => {
  log(`bench:api failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
