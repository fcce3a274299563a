import { ChildProcess, execFile, spawn } from 'node:child_process';
import { appendFileSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import Redis from 'ioredis';
import { PIDS_FILE, postgresCommand } from './run-directory';

const run = promisify(execFile);

/** A port nothing listens on right now (the kernel picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export function recordPid(dir: string, pid: number | undefined): void {
  if (pid) appendFileSync(path.join(dir, PIDS_FILE), `${pid}\n`);
}

/** Resolves when the child has exited (at once if it already has). */
export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * A Postgres cluster of our own, in the run directory: trust authentication on loopback, its socket in the run
 * directory, fsync on. Stopping it is a fast shutdown, as a restart or a failover does it: sessions are ended,
 * in-flight transactions roll back, new connections are refused until it starts again.
 */
export class PrivatePostgres {
  readonly dataDir: string;

  constructor(
    readonly dir: string,
    readonly port: number,
  ) {
    this.dataDir = path.join(dir, 'pg');
  }

  get serverUrl(): string {
    return `postgres://postgres@127.0.0.1:${this.port}`;
  }

  async init(): Promise<void> {
    await this.pg('initdb', ['-D', this.dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  }

  async start(): Promise<void> {
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200`;
    await this.pg('pg_ctl', ['-D', this.dataDir, '-o', options, '-l', path.join(this.dir, 'postgres.log'), '-w', '-t', '60', 'start']);
  }

  async stop(): Promise<void> {
    await this.pg('pg_ctl', ['-D', this.dataDir, '-m', 'fast', '-w', '-t', '60', 'stop']);
  }

  private async pg(binary: string, args: string[]): Promise<void> {
    const [program, programArgs] = postgresCommand(binary, args);
    await run(program, programArgs);
  }
}

/**
 * A Redis of our own, run in the foreground as our child. Like production (docker-compose.yml), it keeps an
 * append-only file, so a stop and a start keep the queue; RDB snapshots are off.
 */
export class PrivateRedis {
  private child: ChildProcess | null = null;

  constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, '--save', '', '--appendonly', 'yes', '--logfile', path.join(this.dir, 'redis.log')],
      { stdio: 'ignore' },
    );
    recordPid(this.dir, this.child.pid);
    const probe = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    try {
      for (const deadline = Date.now() + 20_000; ; ) {
        try {
          if (probe.status !== 'ready') await probe.connect();
          if ((await probe.ping()) === 'PONG') return;
        } catch {
          if (Date.now() > deadline) throw new Error(`Redis did not start on port ${this.port}`);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    } finally {
      probe.disconnect();
    }
  }

  /** A graceful stop (SIGTERM): Redis writes its append-only file out and exits. */
  async stop(): Promise<void> {
    if (!this.child) return;
    this.child.kill('SIGTERM');
    await exited(this.child);
    this.child = null;
  }
}

export type Role = 'api' | 'worker';

/** One process of the production build (`main.js --role=…`), its output in a log file. */
export class AppProcess {
  private child: ChildProcess | null = null;

  constructor(
    readonly name: string,
    readonly role: Role,
    private readonly entry: string,
    private readonly environment: Record<string, string>,
    private readonly runDir: string,
    private readonly logFile: string,
  ) {}

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  start(): void {
    const log = openSync(this.logFile, 'a');
    this.child = spawn(process.execPath, [this.entry, `--role=${this.role}`], {
      env: { ...this.environment, PATH: process.env.PATH ?? '', FAULTS_RUN_DIR: this.runDir },
      stdio: ['ignore', log, log],
    });
    recordPid(this.runDir, this.child.pid);
  }

  /** Kills with the signal and waits for the process to be gone. */
  async kill(signal: NodeJS.Signals): Promise<void> {
    if (!this.child) return;
    const child = this.child;
    if (this.running) child.kill(signal);
    await exited(child);
    this.child = null;
  }

  /** SIGTERM, as a supervisor stops it; SIGKILL if it has not stopped within 15 s. */
  async stop(): Promise<void> {
    if (!this.child) return;
    const child = this.child;
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await this.kill('SIGTERM');
    clearTimeout(timer);
  }
}
