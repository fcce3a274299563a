// One mailing sent end to end by real worker processes, observed at the sink, in the database and through the API.
import os from 'node:os';
import { CaptureProxy } from '../bench-api/pg-proxy.mjs';
import { databaseCounters, deliveryStates, unknownDeliveryIds } from './database.mjs';
import { approveMailing, createMailing, mailingState, resendUnknownDeliveries, sendMailing } from './mailing.mjs';
import { cpuTicks, memoryKb, startAppProcess, startSampler, waitFor } from './processes.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (value, digits = 0) => (value === null || !Number.isFinite(value) ? null : Math.round(value * 10 ** digits) / 10 ** digits);

/**
 * Starts worker processes and waits until each is ready: registered in mail_workers (what the pipeline does when a
 * worker starts), or, failing that, done booting (its CPU time has stopped growing for a second).
 */
export async function startWorkers(context, names) {
  const spawnedAt = Date.now();
  // --profile: each worker writes a V8 CPU profile when it stops (read it with profile-summary.mjs).
  const nodeArgs = (name) => [
    ...context.workerNodeArgs,
    ...(context.profileDir ? ['--cpu-prof', '--cpu-prof-dir', context.profileDir, '--cpu-prof-name', `${name}.cpuprofile`] : []),
  ];
  const env = context.workerDatabaseUrl ? { ...context.env, DATABASE_URL: context.workerDatabaseUrl } : context.env;
  const workers = names.map((name) => startAppProcess({ role: 'worker', name, env, log: context.log, nodeArgs: nodeArgs(name) }));
  const lastTicks = new Map();
  const idleSince = new Map();
  const booted = (worker) => {
    const ticks = cpuTicks(worker.pid);
    const previous = lastTicks.get(worker.pid);
    lastTicks.set(worker.pid, ticks);
    if (ticks === null || previous === undefined || ticks - previous > 2 || ticks < 100) {
      idleSince.delete(worker.pid);
      return false;
    }
    if (!idleSince.has(worker.pid)) idleSince.set(worker.pid, Date.now());
    return Date.now() - idleSince.get(worker.pid) >= 1_000;
  };
  await waitFor(
    async () => {
      const { rows } = await context.db.query('SELECT count(*)::int AS n FROM mail_workers WHERE started_at >= to_timestamp($1 / 1000.0)', [spawnedAt - 1_000]);
      const allBooted = workers.map(booted).every(Boolean);
      return rows[0].n >= workers.length || allBooted;
    },
    `worker start (${names.join(', ')})`,
    { timeoutMs: 120_000, everyMs: 250, failed: () => workers.find((w) => w.child.exitCode !== null) && 'a worker exited while starting' },
  );
  for (const worker of workers) worker.rssAtReadyMb = Math.round((memoryKb(worker.pid)?.rss ?? 0) / 1024);
  context.log(`workers ready in ${((Date.now() - spawnedAt) / 1000).toFixed(1)} s: ${workers.map((w) => `${w.name} (pid ${w.pid}, RSS ${w.rssAtReadyMb} MB)`).join(', ')}`);
  return workers;
}

function accounting(progress, expected) {
  const accounted = progress.sent + progress.failed + progress.bounced + progress.suppressed + progress.unsubscribed + progress.noConsent + progress.cancelled + progress.unknown;
  return { accounted, total: progress.total, expected, ok: progress.queued === 0 && accounted === progress.total && progress.total === expected };
}

/**
 * Polls the mailing until it is FINISHED with nothing queued (and, after a resend, with no UNKNOWN left when
 * `untilNoUnknown`), logging progress every 5 s. Fails when nothing moves (neither the sink nor the mailing's
 * figures) for `stallMs`, or after `timeoutMs`.
 */
async function waitForFinished(context, mailingId, { timeoutMs, stallMs = 180_000, untilNoUnknown = false }) {
  const started = Date.now();
  let lastChange = Date.now();
  let lastKey = '';
  let lastLog = 0;
  for (;;) {
    const [mailing, sink] = await Promise.all([mailingState(context.sender, mailingId), context.sink.stats()]);
    const p = mailing.progress;
    const key = `${mailing.status}/${sink.messages}/${p.queued}/${p.sent}/${p.unknown}/${p.failed}`;
    if (key !== lastKey) {
      lastKey = key;
      lastChange = Date.now();
    }
    if (Date.now() - lastLog >= 5_000) {
      lastLog = Date.now();
      context.log(`  ${mailing.status}: at the sink ${sink.messages}; queued ${p.queued}, sent ${p.sent}, failed ${p.failed}, unknown ${p.unknown} of ${p.total}`);
    }
    const done = mailing.status === 'FINISHED' && p.queued === 0 && (!untilNoUnknown || p.unknown === 0);
    if (done) return mailing;
    if (['CANCELLED', 'PAUSED', 'DRAFT'].includes(mailing.status)) throw new Error(`the mailing is ${mailing.status}`);
    if (Date.now() - lastChange > stallMs) throw new Error(`nothing moved for ${stallMs / 1000} s (${key})`);
    if (Date.now() - started > timeoutMs) throw new Error(`not finished within ${timeoutMs / 1000} s (${key})`);
    await sleep(1_000);
  }
}

/** Asks to send; when the two-person rule holds it back, the second coordinator approves. Returns when sending was allowed. */
async function send(context, mailingId) {
  const requestedAt = Date.now();
  let mailing = await sendMailing(context.sender, mailingId);
  const sendMs = Date.now() - requestedAt;
  let approvedAt = null;
  let approveMs = null;
  if (mailing.status === 'AWAITING_APPROVAL') {
    approvedAt = Date.now();
    mailing = await approveMailing(context.approver, mailingId);
    approveMs = Date.now() - approvedAt;
  }
  context.log(`  sendMailing answered in ${sendMs} ms${approvedAt ? `, approveMailing (second coordinator) in ${approveMs} ms` : ''}: ${mailing.status}`);
  return { sendRequestedAt: approvedAt ?? requestedAt, sendMs, approveMs, approved: approvedAt !== null };
}

function sinkFigures(sink, expected, sendRequestedAt) {
  const elapsedMs = sink.lastAt === null ? null : sink.lastAt - sendRequestedAt;
  return {
    messagesPerSecond: elapsedMs ? round(expected / (elapsedMs / 1000), 1) : null,
    steadyMessagesPerSecond: sink.lastAt > sink.firstAt ? round((sink.messages - 1) / ((sink.lastAt - sink.firstAt) / 1000), 1) : null,
    timeToFirstMessageMs: sink.firstAt === null ? null : sink.firstAt - sendRequestedAt,
    timeToLastMessageMs: elapsedMs,
    messagesAtSink: sink.messages,
    averageMessageBytes: sink.messages ? Math.round(sink.bytes / sink.messages) : null,
    distinctRecipients: sink.distinctRecipients,
    /** Recipients who received it more than once (each extra copy counts). */
    duplicates: sink.recipientDuplicates,
    /** Message-IDs seen more than once (each extra copy counts). */
    duplicateMessageIds: sink.messageIdDuplicates,
    lost: sink.lost,
    unexpectedRecipients: sink.unexpectedRecipients,
    withoutMessageId: sink.withoutMessageId,
    smtpConnections: sink.connections,
  };
}

/**
 * --capture-sql: the workers' statements as recorded by the capture proxy, grouped by their SQL (whitespace
 * collapsed), with how long each waited for its answer. Slowest total first.
 */
function statementSummary(statements, messages) {
  const groups = new Map();
  for (const { sql, sentAt, doneAt } of statements) {
    const key = sql.replace(/\s+/g, ' ').trim().slice(0, 110);
    const group = groups.get(key) ?? { sql: key, calls: 0, totalMs: 0, maxMs: 0, times: [] };
    const ms = doneAt - sentAt;
    group.calls++;
    group.totalMs += ms;
    group.maxMs = Math.max(group.maxMs, ms);
    group.times.push(ms);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => b.totalMs - a.totalMs)
    .slice(0, 10)
    .map(({ times, ...group }) => {
      times.sort((a, b) => a - b);
      return {
        ...group, totalMs: Math.round(group.totalMs), maxMs: round(group.maxMs, 1), avgMs: round(group.totalMs / group.calls, 2),
        p95Ms: round(times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)], 1), perMessage: round(group.calls / messages, 3),
      };
    });
}

function perMessage(before, after, messages) {
  const per = (key) => (messages ? round((after[key] - before[key]) / messages, 2) : null);
  return {
    commits: per('commits'), tuplesUpdated: per('tuplesUpdated'), tuplesInserted: per('tuplesInserted'), tuplesFetched: per('tuplesFetched'),
    deliveryUpdates: per('deliveryUpdates'), deliveryHotUpdatesShare: after.deliveryUpdates > before.deliveryUpdates
      ? round((after.deliveryHotUpdates - before.deliveryHotUpdates) / (after.deliveryUpdates - before.deliveryUpdates), 2) : null,
  };
}

/**
 * One mailing to `expected` recipients of `listId`, sent by `workerCount` fresh workers. With `killAfter`, the
 * (single) worker is killed with SIGKILL once that many messages reached the sink, restarted, and after the
 * mailing finished its UNKNOWN deliveries are resent on purpose.
 */
export async function runScenario(scenarioContext, { label, listId, expected, workerCount, killAfter = null }) {
  let context = scenarioContext;
  const { log, sink, db } = context;
  log(`\n== ${label}: ${expected} recipients, ${workerCount} worker${workerCount > 1 ? 's' : ''}${killAfter ? `, SIGKILL after ${killAfter} messages` : ''}`);
  const mailingId = await createMailing(context.sender, { name: `Benchmark ${label} ${new Date().toISOString()}`, listId });
  await sink.reset(expected);
  const names = Array.from({ length: workerCount }, (_, i) => `${label}-worker-${i + 1}`);
  let proxy = null;
  if (context.captureSql) {
    const target = new URL(context.env.DATABASE_URL);
    proxy = new CaptureProxy({ host: target.hostname, port: Number(target.port || 5432) });
    await proxy.listen(context.capturePort);
    const viaProxy = new URL(context.env.DATABASE_URL);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(context.capturePort);
    context = { ...context, workerDatabaseUrl: viaProxy.toString() };
  }
  let workers = await startWorkers(context, names);
  proxy?.reset();
  const sampler = startSampler([...workers.map((w) => ({ pid: w.pid, name: w.name })), { pid: context.api.pid, name: 'api' }, { pid: sink.pid, name: 'sink' }]);
  const timeoutMs = 300_000 + expected * 20;
  const dbBefore = await databaseCounters(db);
  const redisBefore = await context.redisCommands();
  const result = { recipients: expected, workers: workerCount, mailingId, workerRssAtReadyMb: Math.max(...workers.map((w) => w.rssAtReadyMb)) };
  const loadBefore = os.loadavg()[0];
  try {
    const sent = await send(context, mailingId);
    Object.assign(result, { sendMutationMs: sent.sendMs, approveMutationMs: sent.approveMs, approvedBySecondCoordinator: sent.approved });

    if (killAfter) {
      let watching = true;
      const watch = (async () => {
        for (const deadline = Date.now() + timeoutMs; watching; await sleep(500)) {
          if ((await mailingState(context.sender, mailingId)).status === 'FINISHED') throw new Error(`the mailing finished before ${killAfter} messages reached the sink`);
          if (Date.now() > deadline) throw new Error(`${killAfter} messages did not reach the sink within ${timeoutMs / 1000} s`);
        }
      })();
      const reached = await Promise.race([sink.reached(killAfter), watch]).finally(() => {
        watching = false;
      });
      watch.catch(() => {});
      const [victim] = workers;
      await victim.kill();
      const killedAt = Date.now();
      const atKill = await deliveryStates(db, mailingId);
      const sinkAtKill = await sink.stats();
      result.kill = {
        afterMessages: reached.messages, messagesAtSinkWhenDead: sinkAtKill.messages,
        statesRightAfterKill: atKill, inFlightAtKill: atKill.SENDING ?? 0, claimedAtKill: atKill.CLAIMED ?? 0,
      };
      log(`  SIGKILL ${victim.name} at ${reached.messages} messages; right after: ${JSON.stringify(atKill)}`);
      const restarted = await startWorkers(context, [`${label}-worker-1-restarted`]);
      sampler.add(restarted[0].pid, restarted[0].name);
      workers = [...workers.slice(1), ...restarted];
      result.kill.restartMs = Date.now() - killedAt;
    }

    const finished = await waitForFinished(context, mailingId, { timeoutMs });
    const sinkStats = await sink.stats();
    Object.assign(result, sinkFigures(sinkStats, expected, sent.sendRequestedAt));
    result.progress = finished.progress;
    result.accounting = accounting(finished.progress, expected);
    result.sentButNotAtSink = Math.max(0, finished.progress.sent - sinkStats.distinctRecipients);

    if (killAfter) {
      const unknownIds = await unknownDeliveryIds(db, mailingId);
      const k = result.kill;
      k.duplicatesAfterRestart = sinkStats.recipientDuplicates;
      k.duplicateMessageIdsAfterRestart = sinkStats.messageIdDuplicates;
      k.unknown = finished.progress.unknown;
      k.unknownWithinInFlight = finished.progress.unknown <= k.inFlightAtKill;
      // The target: no more UNKNOWN than the SMTP pool can have on the wire at once.
      k.poolConnections = Number(context.env.MAIL_POOL_CONNECTIONS);
      k.unknownWithinPool = finished.progress.unknown <= k.poolConnections;
      /** UNKNOWN deliveries that had in fact reached the sink: resending them gives those people a second copy. */
      k.unknownThatHadArrived = unknownIds.length ? await sink.arrived(unknownIds) : 0;
      k.lostBeforeResend = sinkStats.lost;
      log(`  FINISHED after restart: unknown ${k.unknown} (in flight at the kill: ${k.inFlightAtKill}; of them at the sink: ${k.unknownThatHadArrived}), duplicates ${k.duplicatesAfterRestart}, not received ${k.lostBeforeResend}`);
      if (k.unknown > 0) {
        const resendAt = Date.now();
        await resendUnknownDeliveries(context.sender, mailingId);
        const again = await waitForFinished(context, mailingId, { timeoutMs, untilNoUnknown: true });
        const afterResend = await sink.stats();
        k.resendMs = afterResend.lastAt ? afterResend.lastAt - resendAt : null;
        k.progressAfterResend = again.progress;
        k.accountingAfterResend = accounting(again.progress, expected);
        k.resent = k.unknown;
        k.duplicatesAfterResend = afterResend.recipientDuplicates;
        k.lostAfterResend = afterResend.lost;
        log(`  FINISHED after resending the ${k.unknown} unknown: duplicates ${k.duplicatesAfterResend} (the resent copies of the ${k.unknownThatHadArrived} that had arrived), lost ${k.lostAfterResend}`);
      } else {
        k.resent = 0;
        k.lostAfterResend = sinkStats.lost;
        k.duplicatesAfterResend = sinkStats.recipientDuplicates;
      }
    }
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
    await sleep(1_500); // the database's activity counters are flushed by each session about once a second
    const usage = sampler.stop();
    const dbAfter = await databaseCounters(db);
    result.workerPeakRssMb = Math.max(0, ...Object.entries(usage.peakRssMb).filter(([name]) => name.includes('worker')).map(([, mb]) => mb));
    result.peakRssMb = usage.peakRssMb;
    result.cpuSeconds = usage.cpuSeconds;
    result.wallSeconds = round(usage.seconds, 1);
    result.loadAverage1m = { before: round(loadBefore, 2), after: round(os.loadavg()[0], 2) };
    result.databasePerMessage = perMessage(dbBefore, dbAfter, expected);
    if (proxy) {
      result.workerStatements = statementSummary(proxy.statements, expected);
      for (const st of result.workerStatements) {
        log(`  sql ${String(st.calls).padStart(6)} calls ${String(st.totalMs).padStart(7)} ms (avg ${st.avgMs}, p95 ${st.p95Ms}, max ${st.maxMs})  ${st.sql}`);
      }
      await proxy.close();
    }
    const redisAfter = await context.redisCommands();
    result.redisCommandsPerMessage = redisBefore !== null && redisAfter !== null ? round((redisAfter - redisBefore) / expected, 2) : null;
  }
  return result;
}
