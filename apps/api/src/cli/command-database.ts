import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { loadAppConfig } from '../config/load-config';
import { compiledFileGlobs, dataSourceOptions } from '../core/database/data-source-options';
import { chooseRuntimeStack, startRuntimeStack } from '../core/runtime/runtime-stack';

/** dist/api/apps/api/src/cli -> dist/api: every compiled entity and migration. */
export const DIST_ROOT = path.resolve(__dirname, '../../../..');

/** Creates the database named in the URL when it does not exist yet (Postgres servers; the embedded one has its own). */
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

/**
 * Runs a command-line tool's work on the database the configuration names or the one found at start-up (the
 * embedded database included, opened for the duration of the command), then closes everything.
 */
export async function withCommandDatabase<T>(
  options: { createIfMissing?: boolean },
  work: (dataSource: DataSource, config: AppConfig) => Promise<T>,
): Promise<T> {
  const config = loadAppConfig();
  const stack = await chooseRuntimeStack(config, { queue: false, mail: false });
  const runtime = await startRuntimeStack(config, stack, (message) => process.stderr.write(`${message}\n`));
  try {
    if (options.createIfMissing && stack.database.kind === 'postgres' && (await createDatabaseIfMissing(config.databaseUrl))) {
      process.stdout.write('Created the database.\n');
    }
    const dataSource = new DataSource({ ...dataSourceOptions(config.databaseUrl), ...compiledFileGlobs(DIST_ROOT) });
    await dataSource.initialize();
    try {
      return await work(dataSource, config);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await runtime.stop();
  }
}
