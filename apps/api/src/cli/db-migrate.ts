import 'reflect-metadata';
import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '../config/load-config';
import { ConfigurationError } from '../config/validate-environment';
import { compiledFileGlobs, dataSourceOptions } from '../core/database/data-source-options';
import { syncReferenceData } from '../reference-data/sync-reference-data';

/** Creates the database named in DATABASE_URL when it does not exist yet. */
export async function createDatabaseIfMissing(databaseUrl: string): Promise<boolean> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    return true;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const config = loadAppConfig();
  if (await createDatabaseIfMissing(config.DATABASE_URL)) process.stdout.write('Created the database.\n');
  // dist/api/apps/api/src/cli -> dist/api
  const distRoot = path.resolve(__dirname, '../../../..');
  const dataSource = new DataSource({ ...dataSourceOptions(config.DATABASE_URL), ...compiledFileGlobs(distRoot) });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    process.stdout.write(
      applied.length ? `Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}\n` : 'The database schema is up to date.\n',
    );
    // --schema-only: the migration generator migrates a scratch database whose newest tables may not exist yet.
    if (process.argv.includes('--schema-only')) return;
    process.stdout.write(`Reference data up to date: ${(await syncReferenceData(dataSource)).join(', ')}.\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(error instanceof ConfigurationError ? `${error.message}\n` : `Migration failed: ${String(error)}\n`);
  process.exit(1);
});
