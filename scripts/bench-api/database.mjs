// The benchmark's own database: created, migrated and filled with the large dataset once, then reused.
import { spawn } from 'node:child_process';
import pg from 'pg';

export const DIST = 'dist/api/apps/api/src';
/** The large scale's counts (apps/api/src/seed/scales.ts): below these the database is seeded again. */
const LARGE = { organisations: 5_000, contacts: 100_000, interactions: 1_000_000 };

/** DATABASE_URL with its database name replaced (BENCH_DATABASE_URL wins when set). */
export function benchDatabaseUrl(name) {
  if (process.env.BENCH_DATABASE_URL) return process.env.BENCH_DATABASE_URL;
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/alliance');
  url.pathname = `/${name}`;
  return url.toString();
}

function run(command, args, env, log) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => log(chunk.toString().trimEnd()));
    child.stderr.on('data', (chunk) => log(chunk.toString().trimEnd()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

export async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function databaseExists(url) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  return withClient(admin.toString(), async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return rowCount > 0;
  });
}

/** Exact counts of the tables the large scale is recognised by (0 when the schema is not there yet). */
async function counts(url) {
  return withClient(url, async (client) => {
    const { rows } = await client.query(`SELECT to_regclass('public.organisations') IS NOT NULL AS migrated`);
    if (!rows[0].migrated) return { organisations: 0, contacts: 0, interactions: 0 };
    const result = {};
    for (const table of Object.keys(LARGE)) {
      const { rows: [row] } = await client.query(`SELECT count(*)::int AS n FROM ${table}`);
      result[table] = row.n;
    }
    return result;
  });
}

/** Makes sure `url` is migrated and holds the large dataset; seeds it (again, with --reset) when not or when asked. */
export async function prepareDatabase(url, { reseed, log }) {
  const env = { DATABASE_URL: url, NODE_ENV: 'development', LOG_LEVEL: 'warn' };
  log(`database: ${new URL(url).pathname.slice(1)} ${(await databaseExists(url)) ? 'exists' : 'will be created'}; migrating`);
  await run(process.execPath, [`${DIST}/cli/db-migrate.js`], env, log);
  const before = await counts(url);
  const large = Object.entries(LARGE).every(([table, n]) => before[table] >= n);
  if (large && !reseed) {
    log(`database holds the large dataset (${JSON.stringify(before)}): reused`);
    return;
  }
  const reset = before.organisations > 0 ? ['--reset'] : [];
  log(`seeding the large dataset${reset.length ? ' (erasing what is there)' : ''}: a few minutes`);
  const started = Date.now();
  await run(process.execPath, [`${DIST}/cli/db-seed.js`, '--scale', 'large', ...reset], env, log);
  log(`seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** The database's size, for the report. */
export async function databaseSize(url) {
  return withClient(url, async (client) => {
    const { rows } = await client.query('SELECT pg_size_pretty(pg_database_size(current_database())) AS size');
    return rows[0].size;
  });
}
