import { Role } from '@alliance/domain';
import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { generateInteractions, generateTasks } from './activity';
import { generateCalendarEvents, generateCampaigns, generateDocuments } from './campaigns';
import type { SeedContext } from './context';
import { CopyLoader } from './copy-loader';
import { generateContacts, generateInstitutions, generateOrganisations, generatePositions } from './directory';
import { generateSituations, PENDING_DATASETS } from './extensions';
import { generateMailings } from './mailings';
import { fakerModule } from './faker';
import { dropForBulkLoad, rebuildAfterBulkLoad } from './indexes';
import { Clock, Random } from './random';
import { scaledCounts, type ScaleName } from './scales';
import { createDemoUsers, type DemoUser, generateStaffUsers } from './users';

export interface SeedOptions {
  scale: ScaleName;
  /** Multiplies the scale's counts (e.g. 0.001 for a quick large-shaped dataset). */
  factor: number;
  seed: number;
  /** Erase existing data first (users and audit trail included; countries and reference institutions kept). */
  reset: boolean;
  /** 'YYYY-MM-DD': generated dates are relative to it (default today), so a fixed day reproduces a dataset exactly. */
  anchorDay: string;
  demoPassword: string;
  log: (line: string) => void;
}

export interface SeedResult {
  rows: Record<string, number>;
  demoUsers: DemoUser[];
  totalMs: number;
}

/** The run refused to start: the message says why and what to do. */
export class SeedRefusedError extends Error {}

/** Tables the bulk load fills: for the large scale, their keys, indexes and foreign keys are rebuilt after it. */
export const BULK_TABLES = [
  'organisations', 'membership_changes', 'institutions', 'contacts', 'contact_emails', 'contact_phones', 'affiliations', 'positions',
  'campaigns', 'participations', 'targets', 'stance_changes', 'documents', 'document_campaigns', 'calendar_events',
  'interactions', 'interaction_contacts', 'interaction_institutions', 'interaction_participants', 'interaction_documents', 'commitments',
  'tasks', 'task_comments',
  'mailing_lists', 'list_subscriptions', 'suppressions', 'audiences', 'mailings', 'mailing_translations', 'deliveries',
] as const;

/** What --reset erases: every table of data, not the schema's history, countries or Security Council seats. */
const RESET_TABLES = [...BULK_TABLES.filter((table) => table !== 'institutions'), 'relationships', 'attachments', 'attachment_blobs', 'users', 'sessions', 'invitations', 'audit_events', 'task_digests', 'mail_workers'];

/** Names from several countries, each locale's faker seeded from the run's seed. */
const LOCALES = [
  ['fakerEN_GB', 'en', ['GB', 'IE'], 3], ['fakerEN_US', 'en', ['US', 'CA'], 3], ['fakerFR', 'fr', ['FR', 'BE', 'CH', 'LU'], 3],
  ['fakerFR_SN', 'fr', ['SN', 'CI', 'ML', 'BF'], 1], ['fakerES', 'es', ['ES'], 1], ['fakerES_MX', 'es', ['MX', 'CO', 'AR', 'PE', 'GT'], 2],
  ['fakerDE', 'de', ['DE', 'AT'], 2], ['fakerIT', 'it', ['IT'], 1], ['fakerNL', 'nl', ['NL'], 1], ['fakerPT_BR', 'pt', ['BR'], 1],
  ['fakerEN_NG', 'en', ['NG', 'GH'], 2], ['fakerEN_ZA', 'en', ['ZA', 'KE', 'UG'], 1], ['fakerEN_IN', 'en', ['IN'], 1],
  ['fakerPL', 'pl', ['PL'], 1], ['fakerSV', 'sv', ['SE'], 1], ['fakerTR', 'tr', ['TR'], 1],
] as const;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export async function runSeed(dataSource: DataSource, options: SeedOptions): Promise<SeedResult> {
  const started = performance.now();
  const counts = scaledCounts(options.scale, options.factor);
  const queryRunner = dataSource.createQueryRunner();
  const client = (await queryRunner.connect()) as PoolClient;
  try {
    const { rows: existing } = await client.query<{ count: string }>('SELECT count(*) FROM organisations');
    if (Number(existing[0].count) > 0 && !options.reset) {
      throw new SeedRefusedError(
        `The database already has ${existing[0].count} organisations: seeding is for an empty (freshly migrated) database. ` +
          'Rerun with --reset to erase all data first (users included; countries and reference institutions are kept).',
      );
    }
    // One transaction: a failed run leaves the database as it was, dropped indexes included.
    await queryRunner.startTransaction();
    await client.query(`SET LOCAL maintenance_work_mem = '512MB'`);
    await client.query('SET LOCAL synchronous_commit = off');
    if (options.reset) {
      await client.query(`TRUNCATE ${RESET_TABLES.map((table) => `"${table}"`).join(', ')} CASCADE`);
      await client.query('DELETE FROM institutions WHERE reference_key IS NULL');
      options.log('Erased the existing data (--reset).');
    }

    const context = await createContext(client, options, counts);
    const dropped = options.scale === 'large' ? await dropForBulkLoad(client, BULK_TABLES) : null;
    if (dropped) options.log(`Dropped ${dropped.keys.length} keys, ${dropped.indexes.length} indexes and ${dropped.foreignKeys.length} foreign keys for the load.`);

    const staffRoles = [Role.COORDINATOR, Role.ADVOCATE, Role.ANALYST];
    const stage = async (name: string, tables: readonly string[], generate: () => Promise<void>) => {
      const stageStarted = performance.now();
      await generate();
      await context.loader.flush();
      const ms = performance.now() - stageStarted;
      const detail = tables
        .map((table) => {
          const stats = context.loader.stats.get(table);
          return stats ? `${table} ${stats.rows.toLocaleString('en')} rows (${Math.round(stats.rows / Math.max(ms / 1000, 0.001)).toLocaleString('en')}/s)` : null;
        })
        .filter(Boolean)
        .join(', ');
      options.log(`${name.padEnd(14)} ${seconds(ms).padStart(8)}  ${detail}`);
    };

    const demoUsers: DemoUser[] = [];
    await stage('users', ['users'], async () => {
      const staff = await createDemoUsers(queryRunner.manager, staffRoles, options.demoPassword, null);
      demoUsers.push(...staff);
      context.staffUserIds.push(...staff.map((user) => user.id));
      await generateStaffUsers(context);
    });
    await stage('organisations', ['organisations', 'membership_changes'], async () => {
      await generateOrganisations(context);
      await context.loader.flush();
      demoUsers.push(...(await createDemoUsers(queryRunner.manager, [Role.MEMBER], options.demoPassword, context.memberOrganisationIds[0] ?? context.organisationIds[0])));
    });
    await stage('institutions', ['institutions'], () => generateInstitutions(context));
    await stage('contacts', ['contacts', 'contact_emails', 'contact_phones', 'affiliations'], () => generateContacts(context));
    await stage('positions', ['positions'], () => generatePositions(context));
    await stage('campaigns', ['campaigns', 'participations', 'targets', 'stance_changes'], () => generateCampaigns(context));
    await stage('documents', ['documents', 'document_campaigns'], () => generateDocuments(context));
    await stage('calendar', ['calendar_events'], () => generateCalendarEvents(context));
    await stage('interactions', ['interactions', 'interaction_contacts', 'interaction_institutions', 'interaction_participants', 'interaction_documents', 'commitments'], () => generateInteractions(context));
    await stage('tasks', ['tasks', 'task_comments'], () => generateTasks(context));
    await generateSituations(context);
    await stage('mailings', ['list_subscriptions', 'mailings', 'deliveries'], () => generateMailings(context));

    if (dropped) {
      const rebuildStarted = performance.now();
      await rebuildAfterBulkLoad(client, dropped, (definition, kind, ms) => {
        if (ms >= 1000) options.log(`  rebuilt ${kind} ${definition.name} in ${seconds(ms)}`);
      });
      options.log(`${'rebuild'.padEnd(14)} ${seconds(performance.now() - rebuildStarted).padStart(8)}  ${dropped.keys.length + dropped.indexes.length + dropped.foreignKeys.length} keys, indexes (search indexes included) and foreign keys`);
    }
    const analyzeStarted = performance.now();
    await client.query(`ANALYZE ${[...BULK_TABLES, 'users'].map((table) => `"${table}"`).join(', ')}`);
    options.log(`${'analyze'.padEnd(14)} ${seconds(performance.now() - analyzeStarted).padStart(8)}`);
    const commitStarted = performance.now();
    await queryRunner.commitTransaction();
    options.log(`${'commit'.padEnd(14)} ${seconds(performance.now() - commitStarted).padStart(8)}`);

    for (const pending of PENDING_DATASETS) {
      const count = pending.count(context);
      if (count) options.log(`Not generated: ${count.toLocaleString('en')} ${pending.name}, whose tables do not exist yet (they wait for ${pending.waitsFor}).`);
    }
    const rows = Object.fromEntries([...context.loader.stats.entries()].map(([table, stats]) => [table, stats.rows]));
    rows.users = (rows.users ?? 0) + demoUsers.length;
    return { rows, demoUsers, totalMs: performance.now() - started };
  } catch (error) {
    if (queryRunner.isTransactionActive) await queryRunner.rollbackTransaction();
    throw error;
  } finally {
    await queryRunner.release();
  }
}

async function createContext(client: PoolClient, options: SeedOptions, counts: SeedContext['counts']): Promise<SeedContext> {
  const { rows: countries } = await client.query<{ code: string; name: string }>('SELECT code, name_en AS name FROM countries ORDER BY code');
  if (!countries.length) throw new SeedRefusedError('No countries: migrate the database first (npm run db:migrate), which also loads the reference data.');
  const { rows: institutions } = await client.query<{ id: string; key: string | null; kind: string; countryCode: string | null }>(
    `SELECT id, reference_key AS key, kind, country_code AS "countryCode" FROM institutions WHERE deleted_at IS NULL ORDER BY reference_key NULLS LAST, id`,
  );
  const known = new Set(countries.map((country) => country.code));
  const modules = fakerModule as unknown as Record<string, SeedContext['fakers'][number]['faker']>;
  const fakers = LOCALES.map(([name, language, localeCountries, weight], index) => {
    const faker = modules[name];
    faker.seed(options.seed * 1000 + index);
    return { faker, language, weight, countries: localeCountries.filter((code) => known.has(code)) };
  }).filter((entry) => entry.countries.length);
  return {
    scale: options.scale,
    counts: { ...counts, institutions: Math.max(counts.institutions, institutions.length) },
    random: new Random(options.seed),
    fakers,
    clock: new Clock(options.anchorDay),
    loader: new CopyLoader(client),
    countryCodes: countries.map((country) => country.code),
    countryNames: new Map(countries.map((country) => [country.code, country.name])),
    institutions,
    staffUserIds: [],
    organisationIds: [],
    memberOrganisationIds: [],
    contactIds: [],
    contactNames: [],
    contactMail: [],
    policymakers: [],
    campaigns: [],
    documentIds: [],
    followUps: [],
  };
}
