// Child processes of the mail benchmark (the sink, the ceiling sender, the API and the workers), their clean-up on
// exit or Ctrl-C, and sampling of their memory and CPU from /proc.
import { fork, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { DIST } from '../bench-api/database.mjs';

const children = new Set();
const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux

function track(child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** Kills every child still running; synchronous, so it also works from an 'exit' handler. */
export function killAllChildren(signal = 'SIGKILL') {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  }
}

/** SIGTERM to every child still running, then waits for them (SIGKILL after the grace period). */
export function stopAllChildren() {
  return Promise.all([...children].map((child) => stopChild(child)));
}

export function stopChild(child, { graceMs = 15_000 } = {}) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function prefixLines(stream, name, log) {
  let rest = '';
  stream.on('data', (chunk) => {
    const lines = (rest + chunk.toString()).split('\n');
    rest = lines.pop();
    for (const line of lines) if (line.trim()) log(`${name}: ${line}`);
  });
}

/** The discarding SMTP sink (sink.mjs) in its own process; every call is a request over the IPC channel. */
export async function startSink({ log }) {
  const child = track(fork(new URL('./sink.mjs', import.meta.url).pathname, [], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] }));
  prefixLines(child.stdout, 'sink', log);
  prefixLines(child.stderr, 'sink', log);
  let nextId = 1;
  const pending = new Map();
  child.on('message', (message) => {
    const waiter = pending.get(message.id);
    if (waiter) {
      pending.delete(message.id);
      waiter(message);
    }
  });
  const port = await new Promise((resolve, reject) => {
    child.on('message', (message) => message.event === 'listening' && resolve(message.port));
    child.once('exit', (code) => reject(new Error(`the SMTP sink exited with ${code}`)));
  });
  let exitedWith = null;
  child.once('exit', (code, signal) => {
    exitedWith = `the SMTP sink exited (${signal ?? code})`;
    for (const waiter of pending.values()) waiter({ error: exitedWith });
    pending.clear();
  });
  const request = async (body) => {
    if (exitedWith) throw new Error(exitedWith);
    const answer = await new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      child.send({ id, ...body });
    });
    if (answer.error) throw new Error(answer.error);
    return answer;
  };
  return {
    pid: child.pid,
    url: `smtp://127.0.0.1:${port}?tls=off`,
    reset: (expected) => request({ cmd: 'reset', expected }),
    stats: () => request({ cmd: 'stats' }),
    /** Resolves when `count` messages have arrived since the last reset. */
    reached: (count) => request({ cmd: 'notifyAt', count }),
    /** The first 50 messages received since the last reset, as they came. */
    samples: async () => (await request({ cmd: 'samples' })).samples,
    arrived: async (deliveryIds) => (await request({ cmd: 'arrived', deliveryIds })).arrived,
    stop: () => stopChild(child, { graceMs: 2_000 }),
  };
}

/** Runs the ceiling sender (ceiling.mjs) in its own process and returns its report. */
export async function runCeiling(job, { log, onStart }) {
  const child = track(fork(new URL('./ceiling.mjs', import.meta.url).pathname, [], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] }));
  onStart?.(child.pid);
  prefixLines(child.stdout, 'ceiling', log);
  prefixLines(child.stderr, 'ceiling', log);
  const result = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`the ceiling sender exited with ${code} before reporting`)));
    child.send(job);
  });
  await stopChild(child, { graceMs: 5_000 });
  if (result.error) throw new Error(`ceiling: ${result.error}`);
  return result;
}

/** One process of the production build: `--role=api` or `--role=worker`. */
export function startAppProcess({ role, name, env, log, nodeArgs = [] }) {
  const child = track(spawn(process.execPath, [...nodeArgs, `${DIST}/main.js`, `--role=${role}`], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] }));
  prefixLines(child.stdout, name, log);
  prefixLines(child.stderr, name, log);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return {
    child,
    name,
    pid: child.pid,
    startedAt: Date.now(),
    exited,
    stop: () => stopChild(child),
    kill: () => {
      child.kill('SIGKILL');
      return exited;
    },
  };
}

export async function waitFor(check, what, { timeoutMs = 60_000, everyMs = 200, failed } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (failed?.()) throw new Error(`${what}: ${failed()}`);
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** utime + stime of a process, in clock ticks (null when it has gone). */
export function cpuTicks(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

function commandOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return null;
  }
}

export function memoryKb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return { rss: Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0), hwm: Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) };
  } catch {
    return null;
  }
}

/**
 * Samples, every `everyMs`: VmRSS and VmHWM (the kernel's own peak, so nothing between two samples is missed) of
 * the watched processes, and CPU time of the watched processes and of every postgres and redis-server process.
 * cpu() gives CPU seconds per name since start (a process seen for the first time after start counts from zero).
 */
export function startSampler(watched, { everyMs = 200 } = {}) {
  const peaks = new Map(); // name -> kB
  const first = new Map(); // key -> ticks at first sight
  const last = new Map();
  const groups = new Map(); // key -> group name
  const watch = new Map(watched.map((p) => [p.pid, p.name]));
  const startedAt = Date.now();
  const remember = (key, group, ticks, initial) => {
    if (ticks === null) return;
    if (!first.has(key)) first.set(key, initial ? ticks : 0);
    last.set(key, ticks);
    groups.set(key, group);
  };
  const sample = (initial) => {
    for (const [pid, name] of watch) {
      const memory = memoryKb(pid);
      if (memory) peaks.set(name, Math.max(peaks.get(name) ?? 0, memory.rss, memory.hwm));
      remember(`${name}:${pid}`, name, cpuTicks(pid), initial);
    }
  };
  let round = 0;
  const sampleServers = (initial) => {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const command = commandOf(entry);
      if (command === 'postgres' || command === 'redis-server') remember(`${command}:${entry}`, command, cpuTicks(entry), initial);
    }
  };
  sample(true);
  sampleServers(true);
  // Server processes are fewer to miss and costlier to list: every 5th round.
  const timer = setInterval(() => {
    sample(false);
    if (++round % 5 === 0) sampleServers(false);
  }, everyMs);
  return {
    add(pid, name) {
      watch.set(pid, name);
      sample(false);
    },
    stop() {
      clearInterval(timer);
      sample(false);
      sampleServers(false);
      return {
        seconds: (Date.now() - startedAt) / 1000,
        peakRssMb: Object.fromEntries([...peaks].map(([name, kb]) => [name, Math.round(kb / 1024)])),
        cpuSeconds: Object.fromEntries(
          Object.entries(
            [...groups].reduce((ticks, [key, group]) => ({ ...ticks, [group]: (ticks[group] ?? 0) + last.get(key) - first.get(key) }), {}),
          ).map(([group, ticks]) => [group, Math.round((ticks / CLOCK_TICKS_PER_SECOND) * 10) / 10]),
        ),
      };
    },
  };
}
