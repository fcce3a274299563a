import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type Redis from 'ioredis';
import { WORKER_CONCURRENCY } from '../../src/core/queue/bull-queue.driver';
import { ApiAnswer, ApiClient, fetchHealth, HealthSample } from './support/api-client';
import { FAULTS_OUTPUT_DIR } from './support/build';
import { checkConsistency, ConsistencyReport, drained, queueState } from './support/consistency';
import { FaultStack, REDIS_PREFIX, SINK_ANSWER_DELAY_MS } from './support/fault-stack';
import { unclearError } from './support/load';

const WARM_UP_MS = 5000;
const POSTGRES_DOWN_MS = 10_000;
const REDIS_DOWN_MS = 6000;
/** Load on the recovered stack before the next fault. */
const STABLE_MS = 5000;
/** While a dependency is down, every answer (GraphQL or /health) comes within this. */
const FAIL_FAST_MS = 3000;
/** After a dependency is back, the API serves again within this, by itself. */
const RECOVERY_MS = 15_000;
/**
 * A killed worker's jobs stay locked to it for Bull's lock duration (30 s). Bull's check for stalled jobs runs
 * every 30 s (once for all workers): one check marks an active job, the first after its lock expired moves it
 * back to the queue. So they run again 30 to 90 s after the kill.
 */
const STALLED_JOBS_BACK_MS = 120_000;

interface RequestOutcome {
  what: string;
  ok: boolean;
  code?: string;
  dependency?: string;
  startedAt: number;
  endedAt: number;
}

/** Every request of the load (and of the tests) sent and answered within [from, to]. */
function requestsWithin(stack: FaultStack, from: number, to: number): RequestOutcome[] {
  const mutations = stack.load.mutations.map((m) => ({ what: m.kind, ok: m.accepted, code: m.code, dependency: m.dependency, startedAt: m.startedAt, endedAt: m.endedAt }));
  const reads = stack.load.reads.map((r) => ({ what: 'read', ...r }));
  return [...mutations, ...reads].filter((r) => r.startedAt >= from && r.endedAt <= to);
}

function slowest(samples: { startedAt: number; endedAt: number }[]): number {
  return Math.max(0, ...samples.map((s) => s.endedAt - s.startedAt));
}

function describeHealth(sample: HealthSample): string {
  return `${sample.status} ${JSON.stringify(sample.details)}${sample.transportError ? ` (${sample.transportError})` : ''}`;
}

/** The first error's code and dependency, or 'ok'. */
function outcome(answer: ApiAnswer): string {
  if (answer.transportError) return `no answer: ${answer.transportError}`;
  const [first] = answer.errors;
  return first ? `${first.extensions?.code}/${first.extensions?.dependency ?? '-'}` : 'ok';
}

/** One of each kind of request, from the test itself, recorded with the load's so the final check covers them. */
async function probe(stack: FaultStack, client: ApiClient, tag: string) {
  const read = await client.graphql('query { organisations(first: 3) { totalCount } me { id } }');
  const name = `Faults probe organisation ${tag}`;
  const organisation = await client.graphql<{ createOrganisation: { id: string } | null }>(
    'mutation Create($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
    { input: { name, type: 'NGO' } },
  );
  stack.load.recordMutation('createOrganisation', name, organisation, organisation.data?.createOrganisation);
  const email = `probe-${tag}@faults.test`;
  const invitation = await client.graphql<{ inviteUser: { id: string } | null }>(
    'mutation Invite($input: InviteUserInput!) { inviteUser(input: $input) { id } }',
    { input: { email, name: `Probe ${tag}`, role: 'ANALYST' } },
  );
  stack.load.recordMutation('inviteUser', email, invitation, invitation.data?.inviteUser);
  const signIn = await stack.client().signIn('coordinator@faults.test', 'faults-coordinator-password-2026');
  for (const answer of [read, organisation, invitation, signIn]) {
    for (const error of answer.errors) {
      const unclear = unclearError(error);
      if (unclear) stack.load.problems.push(`probe ${tag}: ${unclear}`);
    }
  }
  return { read, organisation, invitation, invitedEmail: email, signIn };
}

describe('The API and its worker under load, while Postgres, Redis and a worker fail', () => {
  let stack: FaultStack;
  let redis: Redis;
  let prober: ApiClient;
  const report: Record<string, unknown> = {};

  beforeAll(async () => {
    stack = await FaultStack.start();
    redis = stack.redisClient();
    prober = await stack.signedInClient();
    stack.health.start();
    stack.load.start();
    stack.note('load started');
    await sleep(WARM_UP_MS);
  }, 150_000);

  afterAll(async () => {
    if (stack) {
      report.timeline = stack.timeline.map(({ at, event }) => ({ seconds: (at - stack.timeline[0].at) / 1000, event }));
      report.requests = { mutations: stack.load.mutations.length, reads: stack.load.reads.length, problems: stack.load.problems.slice(0, 20) };
      report.health = { samples: stack.health.samples.length, slowestMs: slowest(stack.health.samples) };
      writeFileSync(path.join(FAULTS_OUTPUT_DIR, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
    }
    redis?.disconnect();
    await stack?.close();
  }, 90_000);

  it('should say Postgres is down on /health, refuse every request with SERVICE_UNAVAILABLE, and serve again by itself once it is back', async () => {
    const stopping = stack.note('postgres: stopping');
    let downFrom = Number.NaN;
    let downUntil = Number.NaN;
    let probes: Awaited<ReturnType<typeof probe>>;
    try {
      await stack.postgres.stop();
      downFrom = stack.note('postgres: stopped');
      probes = await probe(stack, prober, 'postgres-down');
      await sleep(Math.max(0, stopping + POSTGRES_DOWN_MS - Date.now()));
    } finally {
      downUntil = stack.note('postgres: starting');
      await stack.postgres.start();
    }
    const restarted = stack.note('postgres: started');
    const recovered = await stack.waitUntil(
      'the API to serve again',
      async () => (await fetchHealth(stack.apiUrl)).status === 200 && (await prober.graphql('query { me { id } }')).data?.me !== undefined,
      RECOVERY_MS,
    );
    stack.note('postgres: API serves again');
    await sleep(STABLE_MS);
    const phaseEnd = stack.note('postgres: phase over');

    const health = stack.health.within(downFrom, downUntil);
    const requests = requestsWithin(stack, downFrom, downUntil);
    report.postgres = {
      healthSamplesWhileDown: health.length,
      slowestHealthMs: slowest(health),
      requestsWhileDown: requests.length,
      slowestRequestMs: slowest(requests),
      recoveredAfterMs: recovered - restarted,
    };

    expect(health.length).toBeGreaterThan(10);
    expect(health.filter((s) => !(s.status === 503 && s.details?.database?.status === 'down' && s.details?.redis?.status === 'up')).map(describeHealth)).toEqual([]);
    expect(slowest(health)).toBeLessThan(FAIL_FAST_MS);

    expect(requests.length).toBeGreaterThan(40);
    expect(requests.filter((r) => r.ok || r.code !== 'SERVICE_UNAVAILABLE' || r.dependency !== 'database')).toEqual([]);
    expect(slowest(requests)).toBeLessThan(FAIL_FAST_MS);
    expect([probes.read, probes.organisation, probes.invitation, probes.signIn].map(outcome)).toEqual(Array(4).fill('SERVICE_UNAVAILABLE/database'));

    expect(recovered - restarted).toBeLessThan(RECOVERY_MS);
    expect(requestsWithin(stack, recovered, phaseEnd).filter((r) => r.ok && r.what !== 'read').length).toBeGreaterThan(5);
    expect(stack.health.within(recovered + 1000, phaseEnd).filter((s) => s.status !== 200).map(describeHealth)).toEqual([]);
    expect(stack.load.problems).toEqual([]);
  });

  it('should say Redis is down on /health, keep accepting changes (their mail waits in the outbox), refuse only sign-in, and deliver once Redis is back', async () => {
    const stopping = stack.note('redis: stopping');
    let downFrom = Number.NaN;
    let downUntil = Number.NaN;
    let probes: Awaited<ReturnType<typeof probe>>;
    let waitingInOutbox = 0;
    try {
      await stack.redis.stop();
      downFrom = stack.note('redis: stopped');
      probes = await probe(stack, prober, 'redis-down');
      await sleep(Math.max(0, stopping + REDIS_DOWN_MS - 1000 - Date.now()));
      waitingInOutbox = (await stack.db.query<{ count: number }>('SELECT count(*)::int AS count FROM queued_jobs')).rows[0].count;
      await sleep(Math.max(0, stopping + REDIS_DOWN_MS - Date.now()));
    } finally {
      downUntil = stack.note('redis: starting');
      await stack.redis.start();
    }
    const restarted = stack.note('redis: started');
    const recovered = await stack.waitUntil('/health to say all is well', async () => (await fetchHealth(stack.apiUrl)).status === 200, RECOVERY_MS);
    stack.note('redis: /health up');
    const probeMail = await stack.smtp.waitForMessageTo(probes.invitedEmail, 30_000);
    const delivered = stack.note('redis: invitation made during the outage delivered');
    await sleep(STABLE_MS);
    const phaseEnd = stack.note('redis: phase over');

    const health = stack.health.within(downFrom, downUntil);
    const requests = requestsWithin(stack, downFrom, downUntil);
    report.redis = {
      healthSamplesWhileDown: health.length,
      slowestHealthMs: slowest(health),
      requestsWhileDown: requests.length,
      acceptedChangesWhileDown: requests.filter((r) => r.ok && r.what !== 'read').length,
      jobsWaitingInOutbox: waitingInOutbox,
      recoveredAfterMs: recovered - restarted,
      outageMailDeliveredAfterMs: delivered - restarted,
    };

    expect(health.length).toBeGreaterThan(5);
    expect(health.filter((s) => !(s.status === 503 && s.details?.redis?.status === 'down' && s.details?.database?.status === 'up')).map(describeHealth)).toEqual([]);
    expect(slowest(health)).toBeLessThan(FAIL_FAST_MS);

    // Reads and changes need only Postgres; signing in needs the throttle's counts in Redis, and says so.
    expect(requests.filter((r) => (r.what === 'signIn' ? r.ok || r.code !== 'SERVICE_UNAVAILABLE' || r.dependency !== 'redis' : !r.ok))).toEqual([]);
    expect(slowest(requests)).toBeLessThan(FAIL_FAST_MS);
    expect([probes.read, probes.organisation, probes.invitation, probes.signIn].map(outcome)).toEqual(['ok', 'ok', 'ok', 'SERVICE_UNAVAILABLE/redis']);
    expect(waitingInOutbox).toBeGreaterThan(0);
    expect(probeMail.parsed.messageId).toMatch(/^<[0-9a-f-]{36}@faults\.test>$/);

    expect(recovered - restarted).toBeLessThan(RECOVERY_MS);
    expect(stack.health.within(recovered + 1000, phaseEnd).filter((s) => s.status !== 200).map(describeHealth)).toEqual([]);
    expect(stack.load.problems).toEqual([]);
  });

  it('should send again, under the same Message-ID, the mails a worker killed with SIGKILL was in the middle of sending', async () => {
    // The sink keeps a message, then waits before answering: a message it has not answered yet is one the
    // worker (the only one) is in the middle of sending.
    const unanswered = () => stack.smtp.messages.filter((m) => Date.now() - m.receivedAt < SINK_ANSWER_DELAY_MS - 150).map((m) => m.parsed.messageId ?? '');
    await stack.waitUntil('a worker in the middle of sending mails', async () => unanswered().length >= 2, 30_000);
    const midSend = unanswered();
    await stack.worker.kill('SIGKILL');
    const killed = stack.note(`worker killed while sending ${midSend.length} mails`);
    // What a supervisor does: start a new worker process.
    stack.worker = stack.newWorker();
    stack.worker.start();
    await stack.waitForLog(stack.worker, /worker started/, 60_000);
    stack.note('new worker started');
    const resumed = await stack.waitUntil(
      'the interrupted mails to be sent again',
      async () => {
        const { rows } = await stack.db.query<{ count: number }>(`SELECT count(*)::int AS count FROM mail_sends WHERE message_id = ANY($1) AND status = 'SENT'`, [midSend]);
        return rows[0].count === midSend.length;
      },
      STALLED_JOBS_BACK_MS,
    );
    stack.note('interrupted mails sent again');

    const { rows: claims } = await stack.db.query<{ message_id: string; interruptions: number }>(
      'SELECT message_id, interruptions FROM mail_sends WHERE message_id = ANY($1)',
      [midSend],
    );
    const copies = (messageId: string) => stack.smtp.messages.filter((m) => m.parsed.messageId === messageId).length;
    report.worker = { sendingWhenKilled: midSend.length, resumedAfterMs: resumed - killed, copies: midSend.map(copies) };

    // Each was handed to SMTP before the kill and again after it: two copies, one Message-ID, one interruption.
    expect(claims.map((claim) => ({ interruptions: claim.interruptions, copies: copies(claim.message_id) }))).toEqual(
      midSend.map(() => ({ interruptions: 1, copies: 2 })),
    );
    // The API does not depend on the worker.
    expect(stack.health.within(killed, resumed).filter((s) => s.status !== 200).map(describeHealth)).toEqual([]);
    expect(stack.load.problems).toEqual([]);
  });

  it('should find nothing lost or half-written afterwards: every accepted change there once, every refused one absent, every job done', async () => {
    await stack.load.stop();
    stack.note('load stopped');
    await stack.waitUntil('the outbox, the mail claims and the queue to drain', async () => drained(await queueState(stack.db, redis, REDIS_PREFIX)), 120_000);
    stack.note('drained');
    const result: ConsistencyReport = await checkConsistency(stack.db, redis, REDIS_PREFIX, stack.smtp, stack.load.mutations);
    report.consistency = result;

    // Enough happened for the check to mean something.
    expect(result.organisations.accepted).toBeGreaterThan(50);
    expect(result.invitations.accepted).toBeGreaterThan(30);
    expect(result.organisations.refused + result.invitations.refused).toBeGreaterThan(10);

    expect(result.organisations).toMatchObject({ missing: [], duplicated: [], leftByRefusal: [], withoutAuditEvent: 0 });
    expect(result.invitations).toMatchObject({ missing: [], leftByRefusal: [], withoutInvitationRow: 0 });
    expect(result.mail).toMatchObject({ wrongCount: [], toRefused: [], unmatched: [] });
    // A mail arrives twice only when an attempt ended without an answer (here: the killed worker's), and then
    // under one Message-ID; at most as many as the worker was running.
    expect(result.mail.duplicates.filter((duplicate) => duplicate.interruptions === 0)).toEqual([]);
    expect(result.mail.interrupted.length).toBeGreaterThan(0);
    expect(result.mail.interrupted.length).toBeLessThanOrEqual(WORKER_CONCURRENCY);
    expect(result.queue).toEqual({ outbox: 0, unsentMails: 0, waiting: 0, active: 0, delayed: 0, failed: 0 });
    expect(stack.load.problems).toEqual([]);
  });
});
