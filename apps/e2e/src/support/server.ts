import { ChildProcess, execFile, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { databaseUrl, dropDatabase } from '@alliance/testing';

const run = promisify(execFile);
export const REPOSITORY_ROOT = path.resolve(__dirname, '../../../..');
const API_MAIN = path.join(REPOSITORY_ROOT, 'dist/api/apps/api/src/main.js');
const CLI = (name: string) => path.join(REPOSITORY_ROOT, `dist/api/apps/api/src/cli/${name}.js`);

export interface RunningServer {
  url: string;
  environment: Record<string, string>;
  /** Runs one of the product's command-line tools (e.g. user-create) against this server's database. */
  cli(name: string, args: string[]): Promise<string>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts the production build exactly as `npm start` does (migrate, then serve API, worker and admin),
 * on its own database, Redis prefix and SMTP server.
 */
export async function startServer(options: { smtpUrl: string; name: string }): Promise<RunningServer> {
  const port = await freePort();
  const database = `alliance_e2e_${options.name}_${process.pid}`;
  const url = `http://127.0.0.1:${port}`;
  const environment: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl(database),
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `e2e_${options.name}_${process.pid}`,
    SMTP_URL: options.smtpUrl,
    PORT: String(port),
    PUBLIC_URL: url,
    APP_SECRET: 'e2e-secret-that-is-long-enough-for-the-rules',
    LOG_LEVEL: 'warn',
  };
  await dropDatabase(database);
  const cli = async (name: string, args: string[]) => (await run(process.execPath, [CLI(name), ...args], { env: environment })).stdout;
  await cli('db-migrate', []);
  const child = spawn(process.execPath, [API_MAIN], { env: environment, stdio: ['ignore', 'inherit', 'inherit'] });
  await waitUntilHealthy(url, child);
  return {
    url,
    environment,
    cli,
    async stop() {
      await stopChild(child);
      await dropDatabase(database);
    },
  };
}

async function waitUntilHealthy(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode} before answering`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server did not become healthy at ${url} within 30 s`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
