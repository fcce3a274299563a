import path from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** Options shared by the app, the migration CLI and the tests. The schema never syncs itself: migrations only. */
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    synchronize: false,
    // gen_random_uuid() is built into Postgres 13+; no uuid-ossp needed.
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    migrationsTableName: 'schema_migrations',
    namingStrategy: new SnakeNamingStrategy(),
    extra: { max: 20, application_name: 'alliance-crm' },
  };
}

/** Compiled entity and migration files, for the CLI scripts that run against the production build. */
export function compiledFileGlobs(distRoot: string): { entities: string[]; migrations: string[] } {
  return {
    entities: [path.join(distRoot, 'apps/api/src/**/*.entity.js')],
    migrations: [path.join(distRoot, 'migrations/*.js')],
  };
}
