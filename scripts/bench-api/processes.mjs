// Child processes of the benchmark: the API (production build) and the floor server; RSS sampling of the API.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DIST } from './database.mjs';

function waitFor(check, what, timeoutMs = 60_000) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const tick = async () => {
      if (await check().catch(() => false)) return resolve();
      if (Date.now() - started > timeoutMs) return reject(new Error(`${what} did not come up within ${timeoutMs / 1000} s`));
      setTimeout(tick, 200);
    };
    tick();
  });
}

function stop(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts one API process (--role=api, NODE_ENV=production, LOG_LEVEL=warn) on `port` and waits until it answers.
 * Processes given the same `secret` accept each other's sessions (sessions live in Postgres).
 */
export async function startApi({ port, databaseUrl, secret, log }) {
  const publicUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    PUBLIC_URL: publicUrl,
    APP_SECRET: secret ?? randomBytes(48).toString('base64url'),
    REDIS_PREFIX: 'alliance_bench',
    CORS_ORIGINS: '',
  };
  const child = spawn(process.execPath, [`${DIST}/main.js`, '--role=api'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (chunk) => log(`api: ${chunk.toString().trimEnd()}`));
  child.stderr.on('data', (chunk) => log(`api: ${chunk.toString().trimEnd()}`));
  const exited = new Promise((_, reject) => child.once('exit', (code) => reject(new Error(`the API exited with ${code}`))));
  exited.catch(() => {});
  const up = waitFor(async () => (await fetch(`${publicUrl}/graphql`, { method: 'GET' })).status > 0, 'the API');
  await Promise.race([up, exited]);
  return { child, publicUrl, pid: child.pid, stop: () => stop(child) };
}

/** Starts the floor server (a separate process) with the captured statements. */
export async function startFloor({ port, databaseUrl, capturedFile, log }) {
  const child = spawn(process.execPath, [new URL('./floor-server.mjs', import.meta.url).pathname, capturedFile, String(port)], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr.on('data', (chunk) => log(`floor: ${chunk.toString().trimEnd()}`));
  await new Promise((resolve, reject) => {
    child.stdout.once('data', resolve);
    child.once('exit', (code) => reject(new Error(`the floor server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => stop(child) };
}

/** Samples a process's resident set size (VmRSS) every `everyMs`; peakMb() is the highest seen. */
export function sampleRss(pid, everyMs = 200) {
  let peakKb = 0;
  const read = () => {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) peakKb = Math.max(peakKb, Number(match[1]));
    } catch {
      // the process has gone
    }
  };
  read();
  const timer = setInterval(read, everyMs);
  return {
    peakMb: () => Math.round(peakKb / 1024),
    stop: () => clearInterval(timer),
  };
}
