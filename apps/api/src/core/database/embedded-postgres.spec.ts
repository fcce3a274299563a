import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client, Pool } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { EmbeddedDatabaseProcess, startEmbeddedDatabaseProcess } from '../../../test/support/embedded-database';

jest.setTimeout(120_000);

// PGlite runs in a child process, as in the product (and jest's module sandbox refuses its dynamic imports).
describe('startEmbeddedPostgres', () => {
  let root: string;
  let embedded: EmbeddedDatabaseProcess;
  let pool: Pool;

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'alliance-pglite-'));
    embedded = await startEmbeddedDatabaseProcess(path.join(root, 'pglite'));
    pool = new Pool({ connectionString: embedded.url, max: 8 });
  });

  afterAll(async () => {
    await pool?.end();
    await embedded?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('should never mix up the queries of concurrent connections, even when a message spans several reads', async () => {
    const large = 'y'.repeat(1_500_000);
    const results = await Promise.all(
      Array.from({ length: 60 }, async (_, index) => {
        if (index % 3 === 0) {
          const { rows } = await pool.query('SELECT length($1::text) AS n, $2::int AS i', [large, index]);
          return rows[0].n === large.length && rows[0].i === index;
        }
        const { rows } = await pool.query('SELECT $1::int AS v, 7 AS w', [index]);
        return rows[0].v === index && rows[0].w === 7;
      }),
    );
    expect(results.every(Boolean)).toBe(true);
  });

  it('should create the extensions the migrations need', async () => {
    await pool.query('CREATE EXTENSION IF NOT EXISTS citext; CREATE EXTENSION IF NOT EXISTS unaccent; CREATE EXTENSION IF NOT EXISTS pg_trgm');
    const { rows } = await pool.query(`SELECT unaccent('Élysée') AS plain, 'A'::citext = 'a'::citext AS same, similarity('genocide', 'genocides') > 0.5 AS close`);
    expect(rows[0]).toEqual({ plain: 'Elysee', same: true, close: true });
  });

  it('should keep a transaction to itself until it ends', async () => {
    await pool.query('CREATE TABLE isolation_check (n int)');
    const writer = await pool.connect();
    try {
      await writer.query('BEGIN');
      await writer.query('INSERT INTO isolation_check VALUES (1)');
      let read: number | null = null;
      const reading = pool.query('SELECT count(*)::int AS n FROM isolation_check').then(({ rows }) => (read = rows[0].n));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(read).toBeNull();
      await writer.query('ROLLBACK');
      await reading;
      expect(read).toBe(0);
    } finally {
      writer.release();
    }
  });

  it('should roll back the transaction of a connection that goes away', async () => {
    await pool.query('CREATE TABLE abandoned_check (n int)');
    const client = new Client({ connectionString: embedded.url });
    client.on('error', () => undefined);
    await client.connect();
    await client.query('BEGIN');
    await client.query('INSERT INTO abandoned_check VALUES (1)');
    (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM abandoned_check');
    expect(rows[0].n).toBe(0);
  });

  it('should take rows with COPY FROM STDIN', async () => {
    const client = await pool.connect();
    try {
      await client.query('CREATE TABLE copy_check (a int, b text)');
      await client.query('BEGIN');
      await pipeline(Readable.from(['1\tone\n2\ttwo\n', '3\tthree\n']), client.query(copyFrom('COPY copy_check (a, b) FROM STDIN')));
      await client.query('COMMIT');
      const { rows } = await client.query('SELECT a, b FROM copy_check ORDER BY a');
      expect(rows).toEqual([
        { a: 1, b: 'one' },
        { a: 2, b: 'two' },
        { a: 3, b: 'three' },
      ]);
    } finally {
      client.release();
    }
  });

  it('should keep the data across a restart', async () => {
    await pool.query('CREATE TABLE kept (n int)');
    await pool.query('INSERT INTO kept VALUES (42)');
    await pool.end();
    await embedded.stop();
    embedded = await startEmbeddedDatabaseProcess(path.join(root, 'pglite'));
    pool = new Pool({ connectionString: embedded.url, max: 2 });
    const { rows } = await pool.query('SELECT n FROM kept');
    expect(rows).toEqual([{ n: 42 }]);
  });

  it('should refuse a directory another running process holds', async () => {
    const other = path.join(root, 'held');
    // Process 1 always runs: the lock it "holds" is not stale.
    writeFileSync(`${other}.lock`, '1\n');
    await expect(startEmbeddedDatabaseProcess(other)).rejects.toThrow(/in use by process 1/);
  });
});
