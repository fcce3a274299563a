import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { bootProcess } from '../boot';
import { AppConfig } from '../config/app-config';
import { loadAppConfig } from '../config/load-config';
import { ConfigurationError } from '../config/validate-environment';
import { compiledFileGlobs, dataSourceOptions } from '../core/database/data-source-options';
import { DirectoryInUseError } from '../core/database/directory-lock';
import { migrateDatabase } from '../core/database/migrate-database';
import { chooseRuntimeStack, RunningStack, startRuntimeStack } from '../core/runtime/runtime-stack';
import { FirstRunResult, seedDemoOnFirstRun } from '../seed/first-run';
import { DEFAULT_DEMO_PASSWORD } from '../seed/users';
import { createDatabaseIfMissing, DIST_ROOT } from './command-database';

const say = (line: string) => process.stdout.write(`${line}\n`);

/**
 * `npm start`: one process that finds or starts what it runs on (see runtime-stack.ts), migrates, loads the
 * reference data and, on an empty database, the demo dataset, then serves the API, the admin and the jobs.
 */
async function main(): Promise<void> {
  const config = loadAppConfig();
  const stack = await chooseRuntimeStack(config, { queue: true, mail: true });
  const runtime = await startRuntimeStack(config, stack, (message) => process.stderr.write(`${message}\n`));
  try {
    if (stack.database.kind === 'postgres' && (await createDatabaseIfMissing(config.databaseUrl))) say('Created the database.');
    const firstRun = await prepareDatabase(config);
    await bootProcess(config, 'all', runtime);
    welcome(config, runtime, firstRun);
  } catch (error) {
    await runtime.stop();
    throw error;
  }
}

async function prepareDatabase(config: AppConfig): Promise<FirstRunResult> {
  const dataSource = new DataSource({ ...dataSourceOptions(config.databaseUrl), ...compiledFileGlobs(DIST_ROOT) });
  await dataSource.initialize();
  try {
    await migrateDatabase(dataSource, { referenceData: true, log: say });
    return await seedDemoOnFirstRun(dataSource, { seedDemo: config.seedDemo, demoPassword: demoPassword(), log: say });
  } finally {
    await dataSource.destroy();
  }
}

function demoPassword(): string {
  return process.env.ALLIANCE_DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD;
}

function welcome(config: AppConfig, runtime: RunningStack, firstRun: FirstRunResult): void {
  const lines = ['', `alliance-crm is ready: open ${config.PUBLIC_URL}`, ...runtime.describe().map((line) => `  ${line}`)];
  if (firstRun.demoUsers.length) {
    lines.push(`Demo sign-in, one user per role (password ${firstRun.seeded ? '' : 'unless changed since: '}${demoPassword()}):`);
    for (const user of firstRun.demoUsers) lines.push(`  ${user.role.toLowerCase().padEnd(12)} ${user.email}`);
  } else {
    lines.push('No demo users. Create the first coordinator (with the server stopped when the database is the embedded one):');
    lines.push('  npm run user:create -- --email you@example.org --role coordinator --name "Your Name"');
  }
  lines.push('Stop with Ctrl+C; the data stays for the next start.', '');
  say(lines.join('\n'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError || error instanceof DirectoryInUseError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`alliance-crm failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
