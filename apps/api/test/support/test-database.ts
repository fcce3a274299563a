import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/core/database/data-source-options';

export const TEST_SERVER_URL = process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432';
export const TEMPLATE_DATABASE = 'alliance_test_template';
const MIGRATIONS_DIR = path.resolve(__dirname, '../../../../migrations');

export function databaseUrl(name: string): string {
  return `${TEST_SERVER_URL}/${name}`;
}

export async function withServerClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The migration classes, loaded from the TypeScript sources (the tests never need a build). */
function migrationClasses(): (new () => unknown)[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .flatMap((file) => Object.values(require(path.join(MIGRATIONS_DIR, file)) as Record<string, new () => unknown>));
}

/** Migrates a fresh template database once per test run; each test file then clones it in milliseconds. */
export async function createTemplateDatabase(): Promise<void> {
  await withServerClient(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  });
  const dataSource = new DataSource({
    ...dataSourceOptions(databaseUrl(TEMPLATE_DATABASE)),
    migrations: migrationClasses() as never,
  });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
}

/** Postgres refuses to copy a template while another copy of it is being made: wait and try again. */
export async function cloneTemplateDatabase(name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await withServerClient((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`));
      return;
    } catch (error) {
      const inUse = (error as { code?: string }).code === '55006';
      if (!inUse || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

export async function dropDatabase(name: string): Promise<void> {
  await withServerClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

/** Removes databases left behind by an interrupted earlier run. */
export async function dropLeftoverTestDatabases(): Promise<void> {
  await withServerClient(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'alliance\\_test\\_%' AND datname <> $1",
      [TEMPLATE_DATABASE],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}
