import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { SmtpSink } from '@alliance/testing';
import Redis from 'ioredis';
import { Pool } from 'pg';
import { ApiClient, fetchHealth, HealthSample } from './api-client';
import { FAULTS_BUILD_DIR, FAULTS_OUTPUT_DIR } from './build';
import { LoadLoop } from './load';
import { createRunDirectory, removeLeftoverRuns, removeRun } from './run-directory';
import { AppProcess, freePort, PrivatePostgres, PrivateRedis } from './services';

const run = promisify(execFile);
const CLI_DIR = path.join(FAULTS_BUILD_DIR, 'apps/api/src/cli');
const MAIN = path.join(FAULTS_BUILD_DIR, 'apps/api/src/main.js');
export const REDIS_PREFIX = 'faults';
const COORDINATOR = { email: 'coordinator@faults.test', password: 'faults-coordinator-password-2026' };
/** Concurrent clients of the load. */
const LOAD_CLIENTS = 4;
/** How long the sink waits before answering each message: the worker is mid-send for that long. */
export const SINK_ANSWER_DELAY_MS = 400;
const HEALTH_EVERY_MS = 250;

/** GET /health, over and over, for the whole run. */
export class HealthMonitor {
  readonly samples: HealthSample[] = [];
  private stopped = false;
  private loop: Promise<void> | null = null;

  constructor(private readonly baseUrl: string) {}

  start(): void {
    this.loop = (async () => {
      while (!this.stopped) {
        this.samples.push(await fetchHealth(this.baseUrl));
        await sleep(HEALTH_EVERY_MS);
      }
    })();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
  }

  /** Samples sent and answered within [from, to]. */
  within(from: number, to: number): HealthSample[] {
    return this.samples.filter((sample) => sample.startedAt >= from && sample.endedAt <= to);
  }
}

/**
 * Everything one fault run needs, all its own: a Postgres cluster and a Redis in a temporary directory, an SMTP
 * sink in this process, the API and a worker as separate processes of the production build, a load of
 * signed-in clients and a /health monitor. `close` removes it all, and an exit handler does so if the run dies.
 */
export class FaultStack {
  readonly timeline: { at: number; event: string }[] = [];
  private readonly exitHandler = () => removeRun(this.dir);
  readonly load: LoadLoop;
  /** The load's browsers, each signed in once the stack is up. */
  private readonly loadClients: ApiClient[];
  readonly health: HealthMonitor;
  worker: AppProcess;
  private workers = 0;

  private constructor(
    readonly dir: string,
    readonly postgres: PrivatePostgres,
    readonly redis: PrivateRedis,
    readonly smtp: SmtpSink,
    readonly api: AppProcess,
    readonly environment: Record<string, string>,
    readonly apiUrl: string,
    /** The checks' own connections to the run's database (a pool: it reconnects after Postgres restarts). */
    readonly db: Pool,
  ) {
    process.once('exit', this.exitHandler);
    this.worker = this.newWorker();
    this.loadClients = Array.from({ length: LOAD_CLIENTS }, () => this.client());
    this.load = new LoadLoop(this.loadClients, COORDINATOR, Date.now().toString(36), 20260517);
    this.health = new HealthMonitor(apiUrl);
  }

  static async start(): Promise<FaultStack> {
    removeLeftoverRuns();
    rmSync(FAULTS_OUTPUT_DIR, { recursive: true, force: true });
    mkdirSync(FAULTS_OUTPUT_DIR, { recursive: true });
    const dir = createRunDirectory();
    try {
      const [pgPort, redisPort, apiPort] = [await freePort(), await freePort(), await freePort()];
      const postgres = new PrivatePostgres(dir, pgPort);
      await postgres.init();
      await postgres.start();
      const redis = new PrivateRedis(dir, redisPort);
      await redis.start();
      const smtp = await new SmtpSink().start();
      smtp.answerDelayMs = SINK_ANSWER_DELAY_MS;
      const apiUrl = `http://127.0.0.1:${apiPort}`;
      const environment: Record<string, string> = {
        NODE_ENV: 'production',
        DATABASE_URL: `${postgres.serverUrl}/alliance`,
        REDIS_URL: redis.url,
        REDIS_PREFIX,
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Alliance Against Genocide <no-reply@faults.test>',
        APP_SECRET: randomBytes(48).toString('base64url'),
        PUBLIC_URL: apiUrl,
        PORT: String(apiPort),
        LOG_LEVEL: 'info',
        DATA_DIR: path.join(dir, 'data'),
      };
      await run(process.execPath, [path.join(CLI_DIR, 'db-migrate.js')], { env: environment });
      await run(process.execPath, [path.join(CLI_DIR, 'user-create.js'), '--email', COORDINATOR.email, '--role', 'coordinator', '--password', COORDINATOR.password], {
        env: environment,
      });
      const api = new AppProcess('api', 'api', MAIN, environment, dir, path.join(FAULTS_OUTPUT_DIR, 'api.log'));
      const db = new Pool({ connectionString: environment.DATABASE_URL, max: 2 });
      // An idle connection ended by a Postgres stop must not end the run.
      db.on('error', () => undefined);
      const stack = new FaultStack(dir, postgres, redis, smtp, api, environment, apiUrl, db);
      api.start();
      stack.worker.start();
      await stack.waitUntil('the API answers /health with 200', async () => (await fetchHealth(apiUrl)).status === 200, 60_000);
      await stack.waitForLog(stack.worker, /worker started/, 60_000);
      for (const client of stack.loadClients) {
        const answer = await client.signIn(COORDINATOR.email, COORDINATOR.password);
        if (answer.errors.length || answer.transportError) throw new Error(`Could not sign in: ${JSON.stringify(answer)}`);
      }
      stack.note('stack up');
      return stack;
    } catch (error) {
      removeRun(dir);
      throw error;
    }
  }

  /** A new browser, not signed in. */
  client(): ApiClient {
    return new ApiClient(this.apiUrl, this.apiUrl);
  }

  /** A new browser signed in as the coordinator. */
  async signedInClient(): Promise<ApiClient> {
    const client = this.client();
    const answer = await client.signIn(COORDINATOR.email, COORDINATOR.password);
    if (answer.errors.length || answer.transportError) throw new Error(`Could not sign in: ${JSON.stringify(answer)}`);
    return client;
  }

  note(event: string): number {
    const at = Date.now();
    this.timeline.push({ at, event });
    return at;
  }

  /** A new worker process (a supervisor's restart is a new process). */
  newWorker(): AppProcess {
    this.workers++;
    return new AppProcess(`worker-${this.workers}`, 'worker', MAIN, this.environment, this.dir, path.join(FAULTS_OUTPUT_DIR, `worker-${this.workers}.log`));
  }

  /** A direct Redis connection for the checks (Bull's keys live under `${REDIS_PREFIX}:bull:alliance:`). */
  redisClient(): Redis {
    return new Redis(this.redis.url, { maxRetriesPerRequest: 1 });
  }

  async waitUntil(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        if (await check()) return Date.now();
      } catch {
        // Not yet.
      }
      if (Date.now() > deadline) throw new Error(`Waited ${timeoutMs} ms for ${what}`);
      await sleep(100);
    }
  }

  async waitForLog(process: AppProcess, pattern: RegExp, timeoutMs: number): Promise<void> {
    const file = path.join(FAULTS_OUTPUT_DIR, `${process.name}.log`);
    await this.waitUntil(`${process.name} to log ${pattern}`, async () => pattern.test(readFileSync(file, 'utf8')), timeoutMs);
  }

  async close(): Promise<void> {
    await this.load.stop();
    await this.health.stop();
    await Promise.all([this.api.stop(), this.worker.stop()]);
    await this.db.end().catch(() => undefined);
    await this.smtp.stop();
    await this.redis.stop();
    removeRun(this.dir);
    process.off('exit', this.exitHandler);
  }
}
