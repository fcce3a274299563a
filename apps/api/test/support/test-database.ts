import { readdirSync } from 'node:fs';
import path from 'node:path';
import { databaseUrl, dropDatabase, dropDatabasesStartingWith, withServerClient } from '@alliance/testing';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/core/database/data-source-options';
import { CountryEntity } from '../../src/countries/country.entity';
import { InstitutionEntity } from '../../src/institutions/institution.entity';
import { SeatEntity } from '../../src/institutions/seat.entity';
import { syncReferenceData } from '../../src/reference-data/sync-reference-data';

export { databaseUrl, dropDatabase };
/** Every test database's name starts with this; set TEST_DATABASE_PREFIX to run two suites side by side on one server. */
export const TEST_DATABASE_PREFIX = process.env.TEST_DATABASE_PREFIX ?? 'alliance_test';
export const TEMPLATE_DATABASE = `${TEST_DATABASE_PREFIX}_template`;
const MIGRATIONS_DIR = path.resolve(__dirname, '../../../../migrations');

/** The migration classes, loaded from the TypeScript sources (the tests never need a build). */
function migrationClasses(): (new () => unknown)[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((file) => file.endsWith('.ts'))
    .sort()
    // require: jest compiles the TypeScript migrations on the fly; TypeORM's own loader would not.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    .flatMap((file) => Object.values(require(path.join(MIGRATIONS_DIR, file)) as Record<string, new () => unknown>));
}

/** Migrates a fresh template database once per test run; each test file then clones it in milliseconds. */
export async function createTemplateDatabase(): Promise<void> {
  await dropDatabase(TEMPLATE_DATABASE);
  await withServerClient((client) => client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`));
  await migrateForTests(databaseUrl(TEMPLATE_DATABASE));
}

/** Applies every migration (from the sources) and loads the reference data into the database at `url`. */
export async function migrateForTests(url: string): Promise<void> {
  const dataSource = new DataSource({
    ...dataSourceOptions(url),
    migrations: migrationClasses() as never,
    entities: [CountryEntity, InstitutionEntity, SeatEntity],
  });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await syncReferenceData(dataSource);
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

export function dropLeftoverTestDatabases(): Promise<void> {
  return dropDatabasesStartingWith(`${TEST_DATABASE_PREFIX}_`, [TEMPLATE_DATABASE]);
}
