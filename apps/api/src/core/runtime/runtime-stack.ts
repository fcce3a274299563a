import { connect } from 'node:net';
import path from 'node:path';
import { AppConfig, DEFAULT_DATABASE_URL, DEFAULT_REDIS_URL, QueueDriverKind } from '../../config/app-config';
import { ConfigurationError } from '../../config/validate-environment';
import type { EmbeddedPostgres } from '../database/embedded-postgres';
import { spawnEmbeddedPostgres } from '../database/embedded-postgres-process';

/** What this process runs on, chosen once at start-up. */
export interface RuntimeStack {
  database: { kind: 'postgres'; url: string } | { kind: 'embedded'; directory: string };
  queue: QueueDriverKind;
  mail: 'smtp' | 'outbox';
}

/** What the process needs besides the database: the migration and seed commands need neither queue nor mail. */
export interface RuntimeNeeds {
  queue: boolean;
  mail: boolean;
}

export interface RunningStack {
  stack: RuntimeStack;
  /** One line each for the database, the queue and the mail, for people to read at start-up. */
  describe(): string[];
  /** Shuts down what this process started for itself (the embedded database), after the app has closed. */
  stop(): Promise<void>;
  /** True when stopping matters: the embedded database must be shut down cleanly. */
  readonly ownsDatabase: boolean;
}

/** Answers whether something accepts TCP connections on a loopback port, within a short wait. */
export function answersOnLoopback(port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const done = (answered: boolean) => {
      socket.destroy();
      resolve(answered);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * Production says what it runs on; elsewhere what is not said is found: Postgres on 5432, else the embedded
 * database under DATA_DIR; Redis on 6379, else the in-process queue; SMTP_URL, else the local outbox.
 * `DATABASE_URL=pglite:<dir>` and `QUEUE_DRIVER=inline` choose the embedded stack where both servers run.
 */
export async function chooseRuntimeStack(config: AppConfig, needs: RuntimeNeeds, answers: (port: number) => Promise<boolean> = answersOnLoopback): Promise<RuntimeStack> {
  if (config.isProduction) {
    const problems: string[] = [];
    if (!config.DATABASE_URL) problems.push('DATABASE_URL: is required when NODE_ENV=production (a postgres:// URL, or pglite:<directory> to choose the embedded database)');
    if (needs.queue && !config.REDIS_URL && config.QUEUE_DRIVER !== 'inline') {
      problems.push('REDIS_URL: is required when NODE_ENV=production (or QUEUE_DRIVER=inline for the in-process queue: one process, no separate workers)');
    }
    if (needs.mail && !config.SMTP_URL) problems.push('SMTP_URL: is required when NODE_ENV=production (without it mail would only be kept in the local outbox)');
    if (problems.length) throw new ConfigurationError(problems);
  }
  return {
    database: await chooseDatabase(config, answers),
    queue: needs.queue ? await chooseQueue(config, answers) : (config.QUEUE_DRIVER ?? 'inline'),
    mail: config.mailGoesTo,
  };
}

async function chooseDatabase(config: AppConfig, answers: (port: number) => Promise<boolean>): Promise<RuntimeStack['database']> {
  const setting = config.DATABASE_URL;
  if (setting?.startsWith('pglite:')) {
    const directory = setting.slice('pglite:'.length);
    return { kind: 'embedded', directory: path.resolve(directory || path.join(config.DATA_DIR, 'pglite')) };
  }
  if (setting) return { kind: 'postgres', url: setting };
  if (await answers(5432)) return { kind: 'postgres', url: DEFAULT_DATABASE_URL };
  return { kind: 'embedded', directory: path.resolve(config.DATA_DIR, 'pglite') };
}

async function chooseQueue(config: AppConfig, answers: (port: number) => Promise<boolean>): Promise<QueueDriverKind> {
  if (config.QUEUE_DRIVER) return config.QUEUE_DRIVER;
  if (config.REDIS_URL) return 'bull';
  return (await answers(6379)) ? 'bull' : 'inline';
}

/**
 * Starts what the stack needs in this process (the embedded database) and settles the configuration on it:
 * DATABASE_URL becomes the address to connect to, QUEUE_DRIVER the driver, REDIS_URL the Redis found.
 */
export async function startRuntimeStack(config: AppConfig, stack: RuntimeStack, warn: (message: string) => void): Promise<RunningStack> {
  let embedded: EmbeddedPostgres | null = null;
  if (stack.database.kind === 'embedded') embedded = await spawnEmbeddedPostgres(stack.database.directory, { warn });
  config.DATABASE_URL = embedded ? embedded.url : (stack.database as { url: string }).url;
  config.QUEUE_DRIVER = stack.queue;
  if (stack.queue === 'bull') config.REDIS_URL ??= DEFAULT_REDIS_URL;
  return {
    stack,
    ownsDatabase: embedded !== null,
    describe: () => describeStack(config, stack),
    stop: async () => {
      await embedded?.stop();
    },
  };
}

function describeStack(config: AppConfig, stack: RuntimeStack): string[] {
  const database =
    stack.database.kind === 'embedded'
      ? `embedded Postgres (PGlite) in ${stack.database.directory}`
      : `Postgres at ${withoutCredentials(stack.database.url)}`;
  const queue = stack.queue === 'inline' ? 'in this process (no Redis: this one process serves and runs the jobs)' : `Bull on Redis at ${withoutCredentials(config.redisUrl)}`;
  const mail =
    stack.mail === 'outbox'
      ? `kept in ${config.outboxDirectory} (no SMTP_URL: nothing is sent; coordinators read it under Outbox in the admin)`
      : `sent through ${withoutCredentials(config.SMTP_URL ?? '')}`;
  return [`database: ${database}`, `queue:    ${queue}`, `mail:     ${mail}`];
}

/** A URL without its user and password, fit for a log. */
export function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return '(unreadable URL)';
  }
}
