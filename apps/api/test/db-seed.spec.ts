import { Role, TaskStatus } from '@alliance/domain';
import { DataSource } from 'typeorm';
import { verifyPassword } from '../src/auth/passwords';
import { AuditEventEntity } from '../src/core/audit/audit-event.entity';
import { dataSourceOptions } from '../src/core/database/data-source-options';
import { CountryEntity } from '../src/countries/country.entity';
import { OrganisationEntity } from '../src/organisations/organisation.entity';
import { runSeed, SeedRefusedError, type SeedOptions } from '../src/seed/run-seed';
import { demoUserEmail } from '../src/seed/users';
import { UserEntity } from '../src/users/user.entity';
import { cloneTemplateDatabase, databaseUrl, dropDatabase, TEST_DATABASE_PREFIX } from './support/test-database';

/**
 * @faker-js/faker ships ES modules only, which jest's module loader does not run without a transform:
 * load it with Node's own loader (Node 24 require()s ES modules) and hand that to the seed.
 */
jest.mock('@faker-js/faker', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const NodeModule = require('node:module') as typeof import('node:module') & { _nodeModulePaths(directory: string): string[] };
  const loader = new NodeModule(__filename);
  loader.filename = __filename;
  loader.paths = NodeModule._nodeModulePaths(__dirname);
  return loader.require('@faker-js/faker') as unknown;
});

const PASSWORD = 'demo-password-for-tests';

function options(overrides: Partial<SeedOptions> = {}): SeedOptions {
  return { scale: 'demo', factor: 1, seed: 1, reset: false, anchorDay: '2025-03-14', demoPassword: PASSWORD, log: () => undefined, ...overrides };
}

async function freshDatabase(suffix: string): Promise<DataSource> {
  const name = `${TEST_DATABASE_PREFIX}_seed_${suffix}`;
  await dropDatabase(name);
  await cloneTemplateDatabase(name);
  const dataSource = new DataSource({ ...dataSourceOptions(databaseUrl(name)), entities: [UserEntity, OrganisationEntity, CountryEntity, AuditEventEntity] });
  await dataSource.initialize();
  return dataSource;
}

async function close(dataSource: DataSource): Promise<void> {
  const name = dataSource.driver.database!;
  await dataSource.destroy();
  await dropDatabase(name);
}

async function count(dataSource: DataSource, table: string): Promise<number> {
  const [{ count: total }] = await dataSource.query(`SELECT count(*)::int AS count FROM ${table}`);
  return total;
}

const firstOrganisations = (dataSource: DataSource): Promise<string[]> =>
  dataSource.query('SELECT name FROM organisations ORDER BY created_at, id LIMIT 5').then((rows: { name: string }[]) => rows.map((row) => row.name));

/** The contacts branch of the global search (same operator and document as the search resolver). */
const SEARCH_CONTACTS = `
  SELECT c.first_name || ' ' || c.last_name AS label
    FROM contacts c
   WHERE c.deleted_at IS NULL AND f_unaccent(lower($1)) <% f_unaccent(lower(c.first_name || ' ' || c.last_name))
   ORDER BY word_similarity(f_unaccent(lower($1)), f_unaccent(lower(c.first_name || ' ' || c.last_name))) DESC
   LIMIT 10`;

describe('db:seed', () => {
  describe('demo scale', () => {
    let dataSource: DataSource;

    beforeAll(async () => {
      dataSource = await freshDatabase('demo');
      await runSeed(dataSource, options());
    });

    afterAll(() => close(dataSource));

    it('should create a small, complete dataset', async () => {
      expect(await count(dataSource, 'organisations')).toBe(40);
      expect(await count(dataSource, 'contacts')).toBe(150);
      expect(await count(dataSource, 'campaigns')).toBe(4);
      expect(await count(dataSource, 'interactions')).toBe(60);
      expect(await count(dataSource, 'commitments')).toBeGreaterThan(10);
      expect(await count(dataSource, 'targets')).toBeGreaterThanOrEqual(4 * 8);
      expect(await count(dataSource, 'stance_changes')).toBeGreaterThan(0);
      expect(await count(dataSource, 'participations')).toBeGreaterThanOrEqual(4 * 3);
      expect(await count(dataSource, 'calendar_events')).toBe(8);
      expect(await count(dataSource, 'documents')).toBe(8);
      // Positions only at the shipped reference institutions: the demo adds none.
      expect(await count(dataSource, 'institutions WHERE reference_key IS NULL')).toBe(0);
      expect(await count(dataSource, 'positions')).toBe(60);
      const statuses: { status: TaskStatus }[] = await dataSource.query('SELECT DISTINCT status FROM tasks');
      expect(statuses.map((row) => row.status).sort()).toEqual(Object.values(TaskStatus).sort());
      expect(await count(dataSource, `tasks WHERE status <> 'DONE' AND due_date < DATE '2025-03-14'`)).toBeGreaterThan(0);
    });

    it('should create mailing lists with consenting subscribers, a sent mailing with its deliveries, and a draft', async () => {
      expect(await count(dataSource, 'mailing_lists')).toBe(3);
      expect(await count(dataSource, `list_subscriptions WHERE status = 'SUBSCRIBED'`)).toBeGreaterThan(10);
      // Subscribers are people who consented; deliveries go to live contacts' primary addresses, once per mailing.
      expect(await count(dataSource, `list_subscriptions s JOIN contacts c ON c.id = s.contact_id WHERE c.email_consent_status <> 'GRANTED'`)).toBe(0);
      expect(await count(dataSource, `mailings WHERE status = 'FINISHED'`)).toBeGreaterThan(0);
      expect(await count(dataSource, `mailings WHERE status = 'DRAFT'`)).toBe(1);
      expect(await count(dataSource, 'mailing_translations')).toBe(2 * (await count(dataSource, 'mailings')));
      expect(await count(dataSource, 'deliveries')).toBe(100);
      expect(await count(dataSource, `deliveries d LEFT JOIN contact_emails e ON e.address = d.email AND e.is_primary WHERE e.id IS NULL`)).toBe(0);
      expect(await count(dataSource, `deliveries WHERE status = 'SENT'`)).toBeGreaterThan(50);
    });

    it('should create one demo user per role who can sign in with the given password, each audited', async () => {
      const users: { email: string; role: Role; password_hash: string; organisation_id: string | null }[] = await dataSource.query(
        'SELECT email, role, password_hash, organisation_id FROM users ORDER BY email',
      );
      expect(users.map((user) => user.email).sort()).toEqual([Role.ADVOCATE, Role.ANALYST, Role.COORDINATOR, Role.MEMBER].map(demoUserEmail).sort());
      expect(users.find((user) => user.role === Role.MEMBER)?.organisation_id).toEqual(expect.any(String));
      expect(await verifyPassword(users[0].password_hash, PASSWORD)).toBe(true);
      expect(await count(dataSource, `audit_events WHERE action = 'user.create'`)).toBe(4);
    });

    it('should find a seeded contact by a misspelt, unaccented name', async () => {
      const [{ first_name: firstName, last_name: lastName }] = await dataSource.query(
        'SELECT first_name, last_name FROM contacts WHERE deleted_at IS NULL AND length(last_name) >= 6 ORDER BY created_at LIMIT 1',
      );
      // Drop one letter of the surname and strip accents: "Poirier" -> "Porier".
      const misspelt = `${firstName} ${lastName.slice(0, 2)}${lastName.slice(3)}`.normalize('NFD').replace(/\p{Diacritic}/gu, '');
      const hits: { label: string }[] = await dataSource.query(SEARCH_CONTACTS, [misspelt]);
      expect(hits.map((hit) => hit.label)).toContain(`${firstName} ${lastName}`);
    });

    it('should keep contact emails unique regardless of case, with one primary each', async () => {
      expect(await count(dataSource, 'contact_emails')).toBe(await count(dataSource, '(SELECT DISTINCT lower(address::text) FROM contact_emails) addresses'));
      expect(await count(dataSource, 'contact_emails WHERE is_primary')).toBe(await count(dataSource, '(SELECT DISTINCT contact_id FROM contact_emails) owners'));
    });

    it('should refuse to seed a database that already has organisations, unless --reset', async () => {
      await expect(runSeed(dataSource, options())).rejects.toThrow(SeedRefusedError);
      expect(await count(dataSource, 'organisations')).toBe(40);
    });
  });

  describe('reproducibility', () => {
    let dataSource: DataSource;

    beforeAll(async () => {
      dataSource = await freshDatabase('determinism');
    });

    afterAll(() => close(dataSource));

    it('should generate the same data for the same seed and a different one for another seed', async () => {
      await runSeed(dataSource, options({ seed: 7 }));
      const first = await firstOrganisations(dataSource);
      const firstContacts = await dataSource.query('SELECT id, first_name, last_name FROM contacts ORDER BY id LIMIT 5');
      await runSeed(dataSource, options({ seed: 7, reset: true }));
      expect(await firstOrganisations(dataSource)).toEqual(first);
      expect(await dataSource.query('SELECT id, first_name, last_name FROM contacts ORDER BY id LIMIT 5')).toEqual(firstContacts);
      expect(await count(dataSource, 'organisations')).toBe(40);
      expect(await count(dataSource, 'users')).toBe(4);

      await runSeed(dataSource, options({ seed: 8, reset: true }));
      expect(await firstOrganisations(dataSource)).not.toEqual(first);
    });
  });

  describe('large scale, shrunk', () => {
    let dataSource: DataSource;

    beforeAll(async () => {
      dataSource = await freshDatabase('large');
    });

    afterAll(() => close(dataSource));

    it('should bulk-load every table and rebuild exactly the indexes and foreign keys it dropped', async () => {
      const schema = () =>
        dataSource.query(
          `SELECT indexdef AS definition FROM pg_indexes WHERE schemaname = 'public'
           UNION ALL SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace
           ORDER BY 1`,
        );
      const before = await schema();
      const result = await runSeed(dataSource, options({ scale: 'large', factor: 0.002 }));
      expect(await schema()).toEqual(before);

      expect(await count(dataSource, 'organisations')).toBe(10);
      expect(await count(dataSource, 'contacts')).toBe(200);
      expect(await count(dataSource, 'interactions')).toBe(2000);
      expect(await count(dataSource, 'tasks')).toBe(100);
      // Four demo users and at least one bulk-loaded staff member.
      expect(await count(dataSource, 'users')).toBe(4 + 1);
      expect(result.rows.interaction_contacts).toBeGreaterThan(2000);
      // The search index is back and used.
      await dataSource.query('SET enable_seqscan = off');
      const plan: { 'QUERY PLAN': string }[] = await dataSource.query(`EXPLAIN SELECT id FROM contacts WHERE 'abc' <% f_unaccent(lower(first_name || ' ' || last_name))`);
      expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('contacts_search_idx');
    });
  });
});
