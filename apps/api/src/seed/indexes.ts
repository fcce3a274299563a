import type { PoolClient } from 'pg';

interface Definition {
  table: string;
  name: string;
  /** The full statement that recreates it, taken from the catalogue (so exactly the migrations' DDL). */
  ddl: string;
}

/** What was dropped before a bulk load, to be recreated after it. */
export interface DroppedDefinitions {
  keys: Definition[];
  indexes: Definition[];
  foreignKeys: Definition[];
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Drops the foreign keys touching `tables` (either side), then their primary keys, unique constraints and
 * indexes, remembering each one's definition as Postgres reports it (pg_get_constraintdef, pg_indexes):
 * a bulk load into bare tables is several times faster, and one index build beats millions of inserts.
 * CHECK and NOT NULL constraints stay in place and are checked row by row.
 */
export async function dropForBulkLoad(client: PoolClient, tables: readonly string[]): Promise<DroppedDefinitions> {
  const regclasses = tables.map((table) => `public.${quote(table)}`);
  const { rows: foreignKeys } = await client.query<{ table: string; name: string; definition: string }>(
    `SELECT c.conrelid::regclass::text AS "table", c.conname AS name, pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint c
      WHERE c.contype = 'f' AND (c.conrelid = ANY($1::regclass[]) OR c.confrelid = ANY($1::regclass[]))
      ORDER BY 1, 2`,
    [regclasses],
  );
  const { rows: keys } = await client.query<{ table: string; name: string; definition: string }>(
    `SELECT c.conrelid::regclass::text AS "table", c.conname AS name, pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint c
      WHERE c.contype IN ('p', 'u') AND c.conrelid = ANY($1::regclass[])
      ORDER BY 1, 2`,
    [regclasses],
  );
  const { rows: indexes } = await client.query<{ table: string; name: string; definition: string }>(
    `SELECT i.tablename AS "table", i.indexname AS name, i.indexdef AS definition
       FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename = ANY($1::text[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                         WHERE c.contype IN ('p', 'u', 'x') AND c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)
      ORDER BY 1, 2`,
    [tables],
  );
  const dropped: DroppedDefinitions = {
    foreignKeys: foreignKeys.map((row) => ({ table: row.table, name: row.name, ddl: `ALTER TABLE ${row.table} ADD CONSTRAINT ${quote(row.name)} ${row.definition}` })),
    keys: keys.map((row) => ({ table: row.table, name: row.name, ddl: `ALTER TABLE ${row.table} ADD CONSTRAINT ${quote(row.name)} ${row.definition}` })),
    indexes: indexes.map((row) => ({ table: row.table, name: row.name, ddl: row.definition })),
  };
  for (const fk of dropped.foreignKeys) await client.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${quote(fk.name)}`);
  for (const key of dropped.keys) await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${quote(key.name)}`);
  for (const index of dropped.indexes) await client.query(`DROP INDEX public.${quote(index.name)}`);
  return dropped;
}

/**
 * Recreates what dropForBulkLoad dropped: keys and indexes (the trigram search indexes among them) first,
 * then the foreign keys, which Postgres validates in one pass each. Reports each step's time.
 */
export async function rebuildAfterBulkLoad(
  client: PoolClient,
  dropped: DroppedDefinitions,
  report: (step: Definition, kind: 'key' | 'index' | 'foreign key', ms: number) => void,
): Promise<void> {
  const steps: [Definition[], 'key' | 'index' | 'foreign key'][] = [
    [dropped.keys, 'key'],
    [dropped.indexes, 'index'],
    [dropped.foreignKeys, 'foreign key'],
  ];
  for (const [definitions, kind] of steps) {
    for (const definition of definitions) {
      const started = performance.now();
      await client.query(definition.ddl);
      report(definition, kind, performance.now() - started);
    }
  }
}
