// The mail benchmark's own database: dropped, created, migrated and seeded with N consenting, subscribed recipients.
import { spawn } from 'node:child_process';
import { DIST, withClient } from '../bench-api/database.mjs';

export { withClient };

/** Recipient i's address; the sink reads i back from it to count who got the mailing. */
export const RECIPIENT_DOMAIN = 'recipients.bench.alliance.test';
export const recipientAddress = (i) => `r${i}@${RECIPIENT_DOMAIN}`;
export const COORDINATORS = [
  { email: 'bench-sender@alliance.test', name: 'Bench Sender' },
  { email: 'bench-approver@alliance.test', name: 'Bench Approver' },
];
export const COORDINATOR_PASSWORD = 'bench-mail-password-2026';
/** The seeded lists: every recipient, and the first `kill` recipients (the kill scenario's smaller mailing). */
export const LISTS = { all: 'Action alerts (benchmark)', kill: 'Action alerts, first recipients (benchmark)' };

export function runNode(script, args, env, log) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => log(chunk.toString().trimEnd()));
    child.stderr.on('data', (chunk) => log(chunk.toString().trimEnd()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${script} ${args.join(' ')} exited with ${code}`))));
  });
}

function adminUrl(url) {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  return admin.toString();
}

const databaseName = (url) => decodeURIComponent(new URL(url).pathname.slice(1));
const quoteIdent = (name) => `"${name.replace(/"/g, '""')}"`;

/** How many recipients a database seeded by this script holds (null when it is not one). */
async function seededRecipients(url) {
  const exists = await withClient(adminUrl(url), async (client) => (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName(url)])).rowCount > 0);
  if (!exists) return null;
  return withClient(url, async (client) => {
    const { rows } = await client.query(`SELECT to_regclass('public.list_subscriptions') IS NOT NULL AS migrated`);
    if (!rows[0].migrated) return null;
    const { rows: lists } = await client.query(
      `SELECT l.name, count(s.id)::int AS n FROM mailing_lists l LEFT JOIN list_subscriptions s ON s.list_id = l.id GROUP BY l.name`,
    );
    const users = await client.query('SELECT count(*)::int AS n FROM users WHERE email = ANY($1)', [COORDINATORS.map((c) => c.email)]);
    const byName = Object.fromEntries(lists.map((l) => [l.name, l.n]));
    if (users.rows[0].n !== COORDINATORS.length || byName[LISTS.all] === undefined) return null;
    return { all: byName[LISTS.all], kill: byName[LISTS.kill] ?? 0 };
  });
}

/**
 * Seeds in SQL: each table is filled by one INSERT … SELECT over generate_series, so no row crosses the network.
 * Contact ids are derived from the index (md5 → uuid) so the three tables can be filled independently.
 * Languages: 40% French, 10% Spanish (no Spanish translation: falls back to English), 50% English.
 */
async function seed(url, { recipients, killRecipients, log }) {
  await withClient(url, async (client) => {
    const timings = {};
    const timed = async (name, sql, params) => {
      const started = Date.now();
      const result = await client.query(sql, params);
      timings[name] = Date.now() - started;
      return result;
    };
    await client.query('BEGIN');
    // The rows are consistent by construction: skipping the per-row foreign key triggers halves the seeding time.
    await client.query(`SET LOCAL session_replication_role = replica`);
    await timed(
      'contacts',
      `INSERT INTO contacts (id, first_name, last_name, preferred_language, country_code, tags,
                             email_consent_status, email_consent_source, email_consent_at)
       SELECT md5('bench-contact-' || i)::uuid,
              (ARRAY['Amina','José','Chloé','Oleksandr','Fatou','Siobhán','Kwame','Léa','Mariam','Jonas'])[1 + i % 10],
              'Recipient ' || i,
              CASE WHEN i % 10 < 4 THEN 'fr' WHEN i % 10 = 4 THEN 'es' ELSE 'en' END,
              (ARRAY['FR','SN','GB','CA','BE','KE','CH','CD'])[1 + i % 8],
              '{benchmark}',
              'GRANTED', 'benchmark seed', now() - interval '30 days'
       FROM generate_series(0, $1::int - 1) AS i`,
      [recipients],
    );
    await timed(
      'contact_emails',
      `INSERT INTO contact_emails (contact_id, address, is_primary, position)
       SELECT md5('bench-contact-' || i)::uuid, 'r' || i || '@' || $2::text, true, 0 FROM generate_series(0, $1::int - 1) AS i`,
      [recipients, RECIPIENT_DOMAIN],
    );
    const { rows: lists } = await client.query(
      `INSERT INTO mailing_lists (name, description, double_opt_in, is_public) VALUES ($1, 'Seeded by npm run bench:mail', false, false),
       ($2, 'Seeded by npm run bench:mail', false, false) RETURNING id, name`,
      [LISTS.all, LISTS.kill],
    );
    const listId = Object.fromEntries(lists.map((l) => [l.name, l.id]));
    await timed(
      'list_subscriptions',
      `INSERT INTO list_subscriptions (list_id, contact_id, status, consent_source, consent_at, confirmed_at)
       SELECT $2::uuid, md5('bench-contact-' || i)::uuid, 'SUBSCRIBED'::subscription_status, 'benchmark seed', now() - interval '30 days', now() - interval '30 days'
       FROM generate_series(0, $1::int - 1) AS i
       UNION ALL
       SELECT $4::uuid, md5('bench-contact-' || i)::uuid, 'SUBSCRIBED', 'benchmark seed', now() - interval '30 days', now() - interval '30 days'
       FROM generate_series(0, $3::int - 1) AS i`,
      [recipients, listId[LISTS.all], killRecipients, listId[LISTS.kill]],
    );
    await timed('commit', 'COMMIT');
    await timed('analyze', 'ANALYZE contacts, contact_emails, mailing_lists, list_subscriptions');
    log(`seeded in SQL: ${Object.entries(timings).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}`);
  });
}

/**
 * Drops and recreates the database (unless `keep` and it already holds this seed at this size), migrates it with
 * the production build's CLI, seeds the recipients and creates the two coordinators with the user:create CLI.
 * Returns the seeding's wall time (null when reused).
 */
export async function prepareDatabase(url, { recipients, killRecipients, keep, log }) {
  const name = databaseName(url);
  if (keep) {
    const found = await seededRecipients(url);
    if (found && found.all === recipients && found.kill === killRecipients) {
      log(`database ${name}: holds ${recipients} recipients already (--keep-database): reused`);
      return { seedSeconds: null, reused: true };
    }
  }
  const started = Date.now();
  await withClient(adminUrl(url), async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
  });
  const env = { DATABASE_URL: url, NODE_ENV: 'development', LOG_LEVEL: 'warn' };
  log(`database ${name}: recreated; migrating`);
  await runNode(`${DIST}/cli/db-migrate.js`, [], env, log);
  const seedStarted = Date.now();
  await seed(url, { recipients, killRecipients, log });
  const seedSeconds = (Date.now() - seedStarted) / 1000;
  for (const coordinator of COORDINATORS) {
    await runNode(
      `${DIST}/cli/user-create.js`,
      ['--email', coordinator.email, '--role', 'coordinator', '--name', coordinator.name, '--password', COORDINATOR_PASSWORD],
      env,
      log,
    );
  }
  log(`database ready in ${((Date.now() - started) / 1000).toFixed(1)} s (seeding ${recipients} recipients: ${seedSeconds.toFixed(1)} s)`);
  return { seedSeconds, reused: false };
}

export async function listIds(url) {
  return withClient(url, async (client) => {
    const { rows } = await client.query('SELECT id, name FROM mailing_lists WHERE name = ANY($1)', [Object.values(LISTS)]);
    const byName = Object.fromEntries(rows.map((r) => [r.name, r.id]));
    return { all: byName[LISTS.all], kill: byName[LISTS.kill] };
  });
}

/** Deliveries of a mailing by state, read directly (the kill scenario looks right after the kill, not through the API). */
export async function deliveryStates(client, mailingId) {
  const { rows } = await client.query('SELECT status::text AS status, count(*)::int AS n FROM deliveries WHERE mailing_id = $1 GROUP BY 1', [mailingId]);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

export async function unknownDeliveryIds(client, mailingId) {
  const { rows } = await client.query(`SELECT id::text AS id FROM deliveries WHERE mailing_id = $1 AND status = 'UNKNOWN'`, [mailingId]);
  return rows.map((r) => r.id);
}

/** Database-wide activity counters; the difference over a run shows the work the database did per message. */
export async function databaseCounters(client) {
  const { rows: [db] } = await client.query(`SELECT xact_commit::bigint AS commits, tup_inserted::bigint AS inserted, tup_updated::bigint AS updated,
      tup_fetched::bigint AS fetched, blks_read::bigint AS blocks_read FROM pg_stat_database WHERE datname = current_database()`);
  const { rows: [del] } = await client.query(`SELECT n_tup_upd::bigint AS updated, n_tup_hot_upd::bigint AS hot_updated FROM pg_stat_user_tables WHERE relname = 'deliveries'`);
  return {
    commits: Number(db.commits), tuplesInserted: Number(db.inserted), tuplesUpdated: Number(db.updated), tuplesFetched: Number(db.fetched),
    blocksRead: Number(db.blocks_read), deliveryUpdates: Number(del?.updated ?? 0), deliveryHotUpdates: Number(del?.hot_updated ?? 0),
  };
}
