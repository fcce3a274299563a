#!/usr/bin/env node
// Generates a migration from the difference between the entities and a scratch database migrated to
// the current head. Review the file before committing it.
//   npm run db:migration:generate -- AddOrganisations
import { execFileSync } from 'node:child_process';
import pg from 'pg';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Usage: npm run db:migration:generate -- NameInPascalCase');
  process.exit(1);
}
const base = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/alliance');
const scratch = `alliance_migration_scratch_${process.pid}`;
const admin = new URL(base);
admin.pathname = '/postgres';
const client = new pg.Client({ connectionString: admin.toString() });
await client.connect();
await client.query(`CREATE DATABASE ${scratch}`);
const scratchUrl = new URL(base);
scratchUrl.pathname = `/${scratch}`;
const env = { ...process.env, DATABASE_URL: scratchUrl.toString() };
try {
  execFileSync('node', ['dist/api/apps/api/src/cli/db-migrate.js', '--schema-only'], { stdio: 'inherit', env });
  execFileSync(
    'npx',
    ['typeorm', 'migration:generate', `migrations/${name}`, '-d', 'dist/api/apps/api/src/core/database/data-source.js', '--pretty'],
    { stdio: 'inherit', env },
  );
} finally {
  await client.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
  await client.end();
}
