import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { PASSWORD_MIN_LENGTH } from '@alliance/domain';
import { ConfigurationError } from '../config/validate-environment';
import { DirectoryInUseError } from '../core/database/directory-lock';
import { runSeed, SeedRefusedError, type SeedOptions } from '../seed/run-seed';
import { DEFAULT_DEMO_PASSWORD } from '../seed/users';
import { withCommandDatabase } from './command-database';

const USAGE = `Usage: npm run db:seed -- [--scale demo|large] [--factor F] [--seed N] [--reset] [--anchor-date YYYY-MM-DD] [--password PASSWORD]
Fills the (migrated) database in DATABASE_URL with a fictional, reproducible dataset.
  --scale demo   ~40 organisations, ~150 contacts, 4 campaigns, tasks, interactions, events, documents (default)
  --scale large  5,000 organisations, 100,000 contacts, 1,000,000 interactions, ... (a few minutes)
  --factor F     multiplies the scale's counts, e.g. --scale large --factor 0.01
  --seed N       the random seed (default 1): the same seed and anchor date give the same data
  --reset        erase all existing data first (users too; countries and reference institutions are kept)
  --anchor-date  the day generated dates are relative to (default today)
  --password     the demo users' password (default "${DEFAULT_DEMO_PASSWORD}", or ALLIANCE_DEMO_PASSWORD)
Refuses to run when organisations already exist, unless --reset.`;

class UsageError extends Error {}

function parseOptions(argv: string[]): Omit<SeedOptions, 'log'> {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string', default: 'demo' },
      factor: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      reset: { type: 'boolean', default: false },
      'anchor-date': { type: 'string' },
      password: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) throw new UsageError('');
  const scale = values.scale;
  if (scale !== 'demo' && scale !== 'large') throw new UsageError('--scale: must be demo or large');
  const factor = Number(values.factor);
  if (!Number.isFinite(factor) || factor <= 0 || factor > 10) throw new UsageError('--factor: must be a number above 0 and at most 10, e.g. 0.01');
  const seed = Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 2_000_000) throw new UsageError('--seed: must be a whole number from 0 to 2000000');
  const anchorDay = values['anchor-date'] ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(anchorDay) || Number.isNaN(Date.parse(anchorDay))) throw new UsageError('--anchor-date: must be a date, e.g. 2025-01-31');
  const demoPassword = values.password ?? process.env.ALLIANCE_DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD;
  if (demoPassword.length < PASSWORD_MIN_LENGTH) throw new UsageError(`--password: must be at least ${PASSWORD_MIN_LENGTH} characters`);
  return { scale, factor, seed, reset: values.reset, anchorDay, demoPassword };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  await withCommandDatabase({}, async (dataSource) => {
    const factor = options.factor === 1 ? '' : ` x ${options.factor}`;
    process.stdout.write(`Seeding the ${options.scale}${factor} dataset (seed ${options.seed}, dates relative to ${options.anchorDay})...\n`);
    const result = await runSeed(dataSource, { ...options, log: (line) => process.stdout.write(`${line}\n`) });
    const total = Object.values(result.rows).reduce((sum, count) => sum + count, 0);
    process.stdout.write(`Done: ${total.toLocaleString('en')} rows in ${(result.totalMs / 1000).toFixed(1)} s.\n`);
    process.stdout.write(`Demo users (password: ${options.demoPassword}):\n`);
    for (const user of result.demoUsers) process.stdout.write(`  ${user.email.padEnd(36)} ${user.role.toLowerCase()}\n`);
  });
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) process.stderr.write(`${error.message ? `${error.message}\n\n` : ''}${USAGE}\n`);
  else if (error instanceof ConfigurationError || error instanceof SeedRefusedError || error instanceof DirectoryInUseError) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`Seeding failed (nothing was changed): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
