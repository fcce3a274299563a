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
    // A pool connection that cannot be made within 5 s fails the query (the client gets SERVICE_UNAVAILABLE)
    // instead of holding the request while Postgres is unreachable; keep-alive notices dead connections.
    // Connections Postgres closed (a restart) leave the pool with their error; the next query opens a new one.
    // JIT off: the API's statements are short, and compiling them (up to 2 s for an audience over 100,000 contacts)
    // costs far more than it saves.
    extra: { max: 20, application_name: 'alliance-crm', connectionTimeoutMillis: 5000, keepAlive: true, options: '-c jit=off' },
  };
}

/** Compiled entity and migration files, for the CLI scripts that run against the production build. */
export function compiledFileGlobs(distRoot: string): { entities: string[]; migrations: string[] } {
  return {
    entities: [path.join(distRoot, 'apps/api/src/**/*.entity.js')],
    migrations: [path.join(distRoot, 'migrations/*.js')],
  };
}
