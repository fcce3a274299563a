// npm run bench:mail [-- --recipients 100000] [--workers 1] [--scenario send|kill|two-workers|all] [--rate N] [--pool N]
//   [--kill-recipients 20000] [--two-person-threshold 1000] [--keep-database] [--port 3720] [--profile DIR]
//   [--worker-node-args=--max-old-space-size=256] [--capture-sql]
// --profile and --capture-sql are for finding where the time goes; they slow the workers down.
// Seeds recipients into its own database (alliance_bench_mail), runs a discarding SMTP sink on loopback, measures
// bare nodemailer pooled sending to it (the ceiling), then sends one mailing end to end through the production API
// and worker processes and counts at the sink what arrived. The last line printed is one JSON object.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Redis from 'ioredis';
import pg from 'pg';
import { benchDatabaseUrl, DIST } from '../bench-api/database.mjs';
import { COORDINATOR_PASSWORD, COORDINATORS, listIds, prepareDatabase, RECIPIENT_DOMAIN } from './database.mjs';
import { audienceCount, GraphqlSession, mailFromSample } from './mailing.mjs';
import { killAllChildren, runCeiling, startAppProcess, startSampler, startSink, stopAllChildren, waitFor } from './processes.mjs';
import { runScenario } from './scenarios.mjs';

const SCENARIOS = ['send', 'kill', 'two-workers'];
/** As the mailings' transport (apps/api/src/core/mail/mail-transport.ts): a connection is reopened after this many. */
const CEILING_MAX_MESSAGES_PER_CONNECTION = 1000;
const { values: args } = parseArgs({
  options: {
    recipients: { type: 'string', default: '100000' },
    workers: { type: 'string', default: '1' },
    scenario: { type: 'string', default: 'all' },
    rate: { type: 'string' },
    pool: { type: 'string' },
    'kill-recipients': { type: 'string', default: '20000' },
    'two-person-threshold': { type: 'string', default: '1000' },
    'keep-database': { type: 'boolean', default: false },
    profile: { type: 'string' },
    // As the worker is started in production (npm run start:worker, docker-compose.yml).
    'worker-node-args': { type: 'string', default: '--max-old-space-size=256' },
    'capture-sql': { type: 'boolean', default: false },
    port: { type: 'string', default: '3720' },
  },
});
const log = (line) => process.stderr.write(`${line}\n`);
const round = (value, digits = 0) => (value === null || !Number.isFinite(value) ? null : Math.round(value * 10 ** digits) / 10 ** digits);

function settings() {
  const recipients = Number(args.recipients);
  const workers = Number(args.workers);
  if (!Number.isInteger(recipients) || recipients < 10) throw new Error('--recipients: must be a whole number, at least 10');
  if (!Number.isInteger(workers) || workers < 1) throw new Error('--workers: must be a whole number, at least 1');
  const wholeAtLeast = (name, min) => {
    const value = args[name] === undefined ? undefined : Number(args[name]);
    if (value !== undefined && (!Number.isInteger(value) || value < min)) throw new Error(`--${name}: must be a whole number, at least ${min}`);
    return value;
  };
  for (const [name, min] of [['kill-recipients', 10], ['two-person-threshold', 0], ['port', 1], ['rate', 0], ['pool', 1]]) wholeAtLeast(name, min);
  const scenarios = args.scenario === 'all' ? SCENARIOS : [args.scenario];
  if (!scenarios.every((s) => SCENARIOS.includes(s))) throw new Error(`--scenario: must be one of ${SCENARIOS.join(', ')} or all`);
  // The defaults of the build being measured: the ceiling uses the same pool size as a worker.
  const require = createRequire(import.meta.url);
  require('reflect-metadata');
  const defaults = new (require(path.resolve(DIST, 'config/app-config.js')).AppConfig)();
  return {
    recipients,
    workers,
    scenarios,
    killRecipients: Math.min(Number(args['kill-recipients']), recipients),
    poolConnections: Number(args.pool ?? defaults.MAIL_POOL_CONNECTIONS ?? 5),
    rate: Number(args.rate ?? defaults.MAIL_RATE_PER_SECOND ?? 0),
    twoPersonThreshold: Number(args['two-person-threshold']),
    port: Number(args.port),
  };
}

const cleanups = [];
async function cleanUp() {
  for (const cleanup of cleanups.splice(0).reverse()) {
    await cleanup().catch((error) => log(`clean-up: ${error.message}`));
  }
}
process.on('exit', () => killAllChildren('SIGKILL'));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    log(`\n${signal}: stopping the benchmark's processes`);
    stopAllChildren()
      .then(cleanUp)
      .finally(() => process.exit(130));
  });
}

async function deleteRedisKeys(redis, prefix) {
  let deleted = 0;
  for await (const keys of redis.scanStream({ match: `${prefix}:*`, count: 1000 })) {
    if (keys.length) deleted += await redis.unlink(...keys);
  }
  return deleted;
}

async function measureCeiling({ sink, config, mails }) {
  await sink.reset(config.recipients);
  log(`\n== ceiling: bare nodemailer, pool of ${config.poolConnections}, ${config.recipients} messages`);
  const sampler = startSampler([{ pid: sink.pid, name: 'sink' }]);
  const sender = await runCeiling(
    {
      smtpUrl: sink.url,
      count: config.recipients,
      poolConnections: config.poolConnections,
      maxMessages: CEILING_MAX_MESSAGES_PER_CONNECTION,
      recipientDomain: RECIPIENT_DOMAIN,
      mails,
    },
    { log, onStart: (pid) => sampler.add(pid, 'sender') },
  );
  const usage = sampler.stop();
  const stats = await sink.stats();
  if (sender.failed || stats.lost) throw new Error(`ceiling: ${sender.failed} failed (${sender.firstError}), ${stats.lost} not received`);
  const seconds = (stats.lastAt - sender.startedAt) / 1000;
  return {
    messagesPerSecond: round(config.recipients / seconds, 1), seconds: round(seconds, 2), averageMessageBytes: Math.round(stats.bytes / stats.messages),
    smtpConnections: stats.connections, cpuSeconds: usage.cpuSeconds, wallSeconds: round(usage.seconds, 1),
  };
}

function describe(name, r) {
  const lines = [`${name}: ${r.recipients} recipients, ${r.workers} worker(s)`];
  if (r.messagesPerSecond !== undefined) {
    lines.push(`  ${r.messagesPerSecond} messages/s end to end (steady ${r.steadyMessagesPerSecond}/s); first message after ${r.timeToFirstMessageMs} ms, last after ${r.timeToLastMessageMs} ms`);
    lines.push(`  at the sink: ${r.messagesAtSink} messages to ${r.distinctRecipients} recipients (${r.averageMessageBytes} bytes each); duplicates ${r.duplicates} (by Message-ID ${r.duplicateMessageIds}), lost ${r.lost}`);
    lines.push(`  progress: ${JSON.stringify(r.progress)}; accounted ${r.accounting.accounted} of ${r.accounting.total} (expected ${r.accounting.expected}): ${r.accounting.ok ? 'OK' : 'MISMATCH'}`);
  }
  if (r.kill) {
    const k = r.kill;
    lines.push(`  kill: at ${k.afterMessages} messages; in flight (SENDING) ${k.inFlightAtKill}, claimed ${k.claimedAtKill}; restarted in ${k.restartMs} ms`);
    lines.push(`  after restart: duplicates ${k.duplicatesAfterRestart} (by Message-ID ${k.duplicateMessageIdsAfterRestart}), unknown ${k.unknown} (≤ SENDING at the kill: ${k.unknownWithinInFlight}; ≤ pool of ${k.poolConnections}: ${k.unknownWithinPool}; had in fact arrived: ${k.unknownThatHadArrived}), not received ${k.lostBeforeResend}`);
    lines.push(`  after resending the ${k.resent} unknown on purpose: duplicates ${k.duplicatesAfterResend} (of the ${k.unknownThatHadArrived} that had arrived), lost ${k.lostAfterResend}`);
  }
  lines.push(`  worker RSS ${r.workerRssAtReadyMb} MB when ready, peak ${r.workerPeakRssMb} MB; load average ${r.loadAverage1m.before} before, ${r.loadAverage1m.after} after`);
  lines.push(`  busy: CPU seconds ${JSON.stringify(r.cpuSeconds)} over ${r.wallSeconds} s`);
  lines.push(`  per message: database ${JSON.stringify(r.databasePerMessage)}, Redis commands ${r.redisCommandsPerMessage} (server-wide)`);
  return lines.join('\n');
}

async function main() {
  const config = settings();
  const databaseUrl = benchDatabaseUrl('alliance_bench_mail');
  const prefix = `benchmail${process.pid}`;
  log(`bench:mail ${JSON.stringify(config)}; database ${new URL(databaseUrl).pathname.slice(1)}; Redis prefix ${prefix}`);

  const seeding = await prepareDatabase(databaseUrl, { recipients: config.recipients, killRecipients: config.killRecipients, keep: args['keep-database'], log });
  const lists = await listIds(databaseUrl);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  cleanups.push(() => db.end());
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { lazyConnect: true, maxRetriesPerRequest: 2 });
  await redis.connect();
  cleanups.push(async () => {
    log(`deleted ${await deleteRedisKeys(redis, prefix)} Redis keys under ${prefix}:`);
    redis.disconnect();
  });

  const sink = await startSink({ log });
  cleanups.push(() => sink.stop());
  const publicUrl = `http://127.0.0.1:${config.port}`;
  const env = {
    NODE_ENV: 'production',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: prefix,
    SMTP_URL: sink.url,
    MAIL_FROM: 'Alliance Against Genocide <alerts@bench.alliance.test>',
    MAIL_POOL_CONNECTIONS: String(config.poolConnections),
    MAIL_RATE_PER_SECOND: String(config.rate),
    MAIL_TWO_PERSON_THRESHOLD: String(config.twoPersonThreshold),
    PORT: String(config.port),
    PUBLIC_URL: publicUrl,
    APP_SECRET: randomBytes(48).toString('base64url'),
    CORS_ORIGINS: '',
  };
  const api = startAppProcess({ role: 'api', name: 'api', env, log });
  cleanups.push(() => api.stop());
  await waitFor(async () => (await fetch(`${publicUrl}/graphql`)).status > 0, 'the API to answer', { failed: () => api.child.exitCode !== null && `exited with ${api.child.exitCode}` });
  const [sender, approver] = await Promise.all(COORDINATORS.map((c) => new GraphqlSession(publicUrl).signIn(c.email, COORDINATOR_PASSWORD)));
  const count = await audienceCount(sender, { listId: lists.all });
  log(`audience of the full list, counted by the API: ${JSON.stringify(count)}`);
  if (count.recipients !== config.recipients) throw new Error(`the audience counts ${count.recipients} recipients, not ${config.recipients}`);

  const context = {
    log, sink, db, api, env, sender, approver, profileDir: args.profile ? path.resolve(args.profile) : null,
    workerNodeArgs: args['worker-node-args'].split(/\s+/).filter(Boolean),
    captureSql: args['capture-sql'],
    capturePort: config.port + 1,
    redisCommands: async () => Number(/total_commands_processed:(\d+)/.exec(await redis.info('stats'))?.[1] ?? NaN) || null,
  };
  const out = {
    recipients: config.recipients, workers: config.workers,
    messagesPerSecond: null, ceilingMessagesPerSecond: null, ratio: null, timeToFirstMessageMs: null, timeToLastMessageMs: null,
    duplicates: null, lost: null, workerPeakRssMb: null,
    poolConnections: config.poolConnections, ratePerSecond: config.rate, seedSeconds: seeding.seedSeconds,
  };
  const failures = [];

  if (config.scenarios.includes('send')) {
    const send = await runScenario(context, { label: 'send', listId: lists.all, expected: config.recipients, workerCount: config.workers });
    log(describe('send', send));
    // The ceiling sends, through bare nodemailer, the content of mails the pipeline has just sent (in both languages).
    const samples = await sink.samples();
    if (!samples.length) throw new Error('no message reached the sink: nothing for the ceiling to send');
    out.ceiling = await measureCeiling({ sink, config, mails: await Promise.all(samples.map(mailFromSample)) });
    out.ceilingMessagesPerSecond = out.ceiling.messagesPerSecond;
    log(`ceiling: ${out.ceiling.messagesPerSecond} messages/s (${out.ceiling.averageMessageBytes} bytes each); CPU seconds ${JSON.stringify(out.ceiling.cpuSeconds)} over ${out.ceiling.wallSeconds} s`);
    Object.assign(out, {
      messagesPerSecond: send.messagesPerSecond,
      ratio: send.messagesPerSecond && out.ceilingMessagesPerSecond ? round(send.messagesPerSecond / out.ceilingMessagesPerSecond, 3) : null,
      timeToFirstMessageMs: send.timeToFirstMessageMs,
      timeToLastMessageMs: send.timeToLastMessageMs,
      duplicates: send.duplicates,
      lost: send.lost,
      workerPeakRssMb: send.workerPeakRssMb,
      send,
    });
    if (config.rate > 0) {
      out.rateHeld = { configured: config.rate, measured: send.steadyMessagesPerSecond, deviation: round(send.steadyMessagesPerSecond / config.rate - 1, 3) };
      log(`rate: configured ${config.rate}/s, held ${send.steadyMessagesPerSecond}/s between the first and the last message (${(out.rateHeld.deviation * 100).toFixed(1)}%)`);
    }
    if (send.duplicates || send.duplicateMessageIds) failures.push(`send: ${send.duplicates} duplicates`);
    if (send.lost) failures.push(`send: ${send.lost} lost`);
    if (!send.accounting.ok) failures.push('send: the progress figures do not account for every recipient');
  }
  if (config.scenarios.includes('kill')) {
    const kill = await runScenario(context, { label: 'kill', listId: lists.kill, expected: config.killRecipients, workerCount: 1, killAfter: Math.round(config.killRecipients / 3) });
    out.kill = kill;
    log(describe('kill', kill));
    if (kill.kill.duplicatesAfterRestart || kill.kill.duplicateMessageIdsAfterRestart) failures.push(`kill: ${kill.kill.duplicatesAfterRestart} duplicates after the restart`);
    if (!kill.kill.unknownWithinInFlight) failures.push(`kill: ${kill.kill.unknown} unknown, more than the ${kill.kill.inFlightAtKill} in flight`);
    if (kill.kill.lostAfterResend) failures.push(`kill: ${kill.kill.lostAfterResend} lost after resending the unknown`);
    if (!kill.accounting.ok) failures.push('kill: the progress figures do not account for every recipient');
  }
  if (config.scenarios.includes('two-workers')) {
    const two = await runScenario(context, { label: 'two-workers', listId: lists.all, expected: config.recipients, workerCount: 2 });
    out.twoWorkers = two;
    log(describe('two-workers', two));
    if (two.duplicates || two.duplicateMessageIds) failures.push(`two-workers: ${two.duplicates} duplicates`);
    if (two.lost) failures.push(`two-workers: ${two.lost} lost`);
    if (!two.accounting.ok) failures.push('two-workers: the progress figures do not account for every recipient');
  }

  if (out.ceiling) log(`\nceiling ${out.ceilingMessagesPerSecond} messages/s; end to end ${out.messagesPerSecond} messages/s: ratio ${out.ratio}`);
  out.failures = failures;
  await cleanUp();
  for (const failure of failures) log(`FAILED: ${failure}`);
  process.stdout.write(`${JSON.stringify(out)}\n`);
  process.exitCode = failures.length ? 1 : 0;
}

main().catch(async (error) => {
  log(`bench:mail failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  await stopAllChildren();
  await cleanUp();
  process.exit(1);
});
