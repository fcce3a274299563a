import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { Role } from '@alliance/domain';
import Redis from 'ioredis';
import { QueueService } from '../src/core/queue/queue.service';
import { closeRedisConnection } from '../src/core/redis/redis-connection-end';
import { BUCKET_SIZE, DELIVERY_BATCH, deliveryBatchJobId } from '../src/mailings/sending/delivery-batch.job';
import { seedSubscribers } from './support/mailing-fixtures';
import { createTestApp, GraphqlClient, TEST_REDIS_URL, TestApp } from './support/test-app';

/*
 * Real worker processes (`main.ts --role=worker`) sending real mailings to the SMTP sink of this test, while the
 * test kills, stops and restarts them and flushes their Redis keys. What arrived is counted at the sink, by
 * Message-ID and by recipient. No build is needed: the workers run the TypeScript sources, compiled as they load
 * by SWC with jest's options (support/typescript-hook.cjs), with the Node that runs jest.
 */

const ROOT = path.resolve(__dirname, '../../..');
const HEARTBEAT_MS = 200;
const POOL = 6;
/** Deliveries a worker may have handed to SMTP at once: never more than its pool has connections. */
const IN_FLIGHT = POOL;
const RECIPIENTS_FOR_TWO = 2000;
const SEND = 'mutation ($input: SendMailingInput!) { sendMailing(input: $input) { status } }';
const PROGRESS = 'total queued sent failed bounced unknown suppressed unsubscribed noConsent cancelled';

interface Progress {
  total: number;
  queued: number;
  sent: number;
  unknown: number;
  cancelled: number;
}

// Real processes sending thousands of mails: slower than the usual test on a busy machine.
jest.setTimeout(90_000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A worker process of the app under test; `output` keeps what it printed, for failures. */
class WorkerProcess {
  readonly child: ChildProcess;
  output = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(environment: Record<string, string>) {
    this.child = spawn(process.execPath, ['--conditions=source', '--require', './apps/api/test/support/typescript-hook.cjs', 'apps/api/src/main.ts', '--role=worker'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...environment, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.child.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** Stops gracefully: Nest runs its shutdown hooks on SIGTERM, then lets the signal end the process. */
  async stop(): Promise<void> {
    this.kill('SIGTERM');
    const exit = await this.exited;
    if (exit.code !== 0 && exit.signal !== 'SIGTERM') throw new Error(`The worker ended with ${JSON.stringify(exit)}:\n${this.output}`);
  }
}

describe('Sending mailings through crashes, stops and a flushed Redis', () => {
  let api: TestApp;
  let coordinator: GraphqlClient;
  let mailings = 0;
  const workers: WorkerProcess[] = [];

  /** Starts a worker and waits until it has joined mail_workers; answers its id there. */
  async function startWorker(): Promise<{ worker: WorkerProcess; id: string }> {
    const before = new Set(((await api.dataSource.query('SELECT id FROM mail_workers')) as { id: string }[]).map((row) => row.id));
    const worker = new WorkerProcess(api.environment);
    workers.push(worker);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const rows: { id: string }[] = await api.dataSource.query('SELECT id FROM mail_workers');
      const joined = rows.find((row) => !before.has(row.id));
      if (joined) return { worker, id: joined.id };
      if (worker.child.exitCode !== null || Date.now() > deadline) throw new Error(`The worker did not start:\n${worker.output}`);
      await sleep(100);
    }
  }

  /** The worker left running by the previous test, or a new one (each test can also run alone). */
  async function runningWorker(): Promise<WorkerProcess> {
    return workers.find((worker) => worker.alive) ?? (await startWorker()).worker;
  }

  /** A mailing to `count` new consenting subscribers of a new list; answers its id and the recipients. */
  async function mailingTo(count: number): Promise<{ mailingId: string; addresses: string[] }> {
    const n = ++mailings;
    const { createMailingList } = await coordinator.ok<{ createMailingList: { id: string } }>(
      'mutation ($input: CreateMailingListInput!) { createMailingList(input: $input) { id } }',
      { input: { name: `Alerts ${n}`, doubleOptIn: false } },
    );
    const listId = createMailingList.id;
    const addresses = await seedSubscribers(api.dataSource, listId, count, `m${n}`, 4);
    const { createAudience } = await coordinator.ok<{ createAudience: { id: string } }>('mutation ($input: CreateAudienceInput!) { createAudience(input: $input) { id } }', {
      input: { name: `Subscribers ${n}`, rule: { kind: 'LISTS', listIds: [listId] } },
    });
    const { createMailing } = await coordinator.ok<{ createMailing: { id: string } }>('mutation ($input: CreateMailingInput!) { createMailing(input: $input) { id } }', {
      input: {
        name: `Alert ${n}`,
        listId,
        audienceId: createAudience.id,
        translations: [
          { language: 'EN', subject: 'Act now, {{firstName}}', body: 'Dear {{firstName}},\n\nPlease **act** today.' },
          { language: 'FR', subject: 'Agissez, {{firstName}}', body: 'Bonjour {{firstName}},\n\nAgissez **aujourd’hui**.' },
        ],
      },
    });
    return { mailingId: createMailing.id, addresses };
  }

  async function progress(mailingId: string): Promise<{ status: string; progress: Progress }> {
    const { mailing } = await coordinator.ok<{ mailing: { status: string; progress: Progress } }>(`query ($id: ID!) { mailing(id: $id) { status progress { ${PROGRESS} } } }`, {
      id: mailingId,
    });
    return mailing;
  }

  async function waitForFinished(mailingId: string, timeoutMs = 30_000): Promise<Progress> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const mailing = await progress(mailingId);
      if (mailing.status === 'FINISHED') return mailing.progress;
      if (Date.now() > deadline) {
        throw new Error(`Mailing still ${mailing.status}: ${JSON.stringify(mailing.progress)}\n${workers.map((w) => w.output).join('\n')}`);
      }
      await sleep(100);
    }
  }

  /** What the sink received for a mailing: copies per Message-ID and per recipient. */
  function received(mailingId: string): { total: number; byMessageId: Map<string, number>; byRecipient: Map<string, number> } {
    const byMessageId = new Map<string, number>();
    const byRecipient = new Map<string, number>();
    let total = 0;
    for (const mail of api.smtp.messages) {
      const messageId = mail.parsed.messageId ?? '';
      if (!messageId.includes(`.m${mailingId}@`)) continue;
      total++;
      byMessageId.set(messageId, (byMessageId.get(messageId) ?? 0) + 1);
      byRecipient.set(mail.envelopeTo[0], (byRecipient.get(mail.envelopeTo[0]) ?? 0) + 1);
    }
    return { total, byMessageId, byRecipient };
  }

  const duplicates = (counts: Map<string, number>) => [...counts.values()].filter((count) => count > 1).length;

  async function waitForArrivals(mailingId: string, count: number): Promise<void> {
    const deadline = Date.now() + 20_000;
    while (received(mailingId).total < count) {
      if (Date.now() > deadline) throw new Error(`Only ${received(mailingId).total} mails arrived\n${workers.map((w) => w.output).join('\n')}`);
      await sleep(10);
    }
  }

  async function deliveriesIn(mailingId: string, status: string): Promise<{ email: string; claimed_by: string | null }[]> {
    return api.dataSource.query('SELECT email, claimed_by FROM deliveries WHERE mailing_id = $1 AND status = $2 ORDER BY email', [mailingId, status]);
  }

  beforeAll(async () => {
    api = await createTestApp(
      {
        MAIL_FROM: 'Alliance Alerts <alerts@alliance.test>',
        MAIL_POOL_CONNECTIONS: String(POOL),
        MAIL_WORKER_HEARTBEAT_MS: String(HEARTBEAT_MS),
        MAIL_TWO_PERSON_THRESHOLD: '100000',
      },
      'api',
    );
    coordinator = await api.signedIn(Role.COORDINATOR);
  });

  afterAll(async () => {
    for (const worker of workers) if (worker.alive) worker.kill('SIGKILL');
    await Promise.all(workers.map((worker) => worker.exited));
    await api.close();
  });

  it('should let two workers share a mailing with no recipient mailed twice and none left out', async () => {
    // One after the other, so each is known by its own id in mail_workers.
    const first = await startWorker();
    const second = await startWorker();
    const { mailingId, addresses } = await mailingTo(RECIPIENTS_FOR_TWO);
    api.smtp.answerDelayMs = 2;
    try {
      await coordinator.ok(SEND, { input: { id: mailingId } });
      // The same buckets again, four times over, as a queue redelivering jobs would: more jobs than one worker takes
      // at once, so both workers go after the same deliveries.
      const buckets: { bucket: string }[] = await api.dataSource.query('SELECT DISTINCT id / $2 AS bucket FROM deliveries WHERE mailing_id = $1', [mailingId, BUCKET_SIZE]);
      const queue = api.app.get(QueueService);
      for (const round of ['again-1', 'again-2', 'again-3', 'again-4']) {
        for (const { bucket } of buckets) {
          const batch = { mailingId, bucket: Number(bucket) };
          await queue.add(DELIVERY_BATCH, batch, { jobId: deliveryBatchJobId(batch, round) });
        }
      }
      const finished = await waitForFinished(mailingId);
      expect(finished).toMatchObject({ total: RECIPIENTS_FOR_TWO, sent: RECIPIENTS_FOR_TWO, queued: 0, unknown: 0 });
    } finally {
      api.smtp.answerDelayMs = 0;
    }
    const { total, byMessageId, byRecipient } = received(mailingId);
    expect(total).toBe(RECIPIENTS_FOR_TWO);
    expect(byMessageId.size).toBe(RECIPIENTS_FOR_TWO);
    expect([...byRecipient.keys()].sort()).toEqual(addresses);
    const senders = new Set((await deliveriesIn(mailingId, 'SENT')).map((row) => row.claimed_by));
    expect(senders).toEqual(new Set([first.id, second.id]));

    await second.worker.stop();
    expect(await api.dataSource.query('SELECT id FROM mail_workers WHERE id = $1', [second.id])).toEqual([]);
  });

  it('should hand back what a worker stopped with SIGTERM holds, and finish with 0 duplicates and 0 missing', async () => {
    const worker = await runningWorker();
    const { mailingId, addresses } = await mailingTo(1000);
    api.smtp.answerDelayMs = 5;
    try {
      await coordinator.ok(SEND, { input: { id: mailingId } });
      await waitForArrivals(mailingId, 200);
      const stopping = Date.now();
      await worker.stop();
      expect(Date.now() - stopping).toBeLessThan(5000);

      // Nothing held, nothing of unknown fate, and what left is exactly what is recorded as sent.
      const rows: { status: string; count: number }[] = await api.dataSource.query(
        'SELECT status, count(*)::integer AS count FROM deliveries WHERE mailing_id = $1 GROUP BY status',
        [mailingId],
      );
      const counts = Object.fromEntries(rows.map((row) => [row.status, row.count]));
      expect(counts).not.toHaveProperty('CLAIMED');
      expect(counts).not.toHaveProperty('SENDING');
      expect(counts).not.toHaveProperty('UNKNOWN');
      expect(counts.SENT).toBe(received(mailingId).total);
      expect(counts.SENT).toBeLessThan(1000);
      expect(await api.dataSource.query('SELECT id FROM mail_workers')).toEqual([]);

      await startWorker();
      expect(await waitForFinished(mailingId)).toMatchObject({ total: 1000, sent: 1000, queued: 0, unknown: 0 });
      const { total, byMessageId, byRecipient } = received(mailingId);
      expect(total).toBe(1000);
      expect(duplicates(byMessageId)).toBe(0);
      expect([...byRecipient.keys()].sort()).toEqual(addresses);
    } finally {
      api.smtp.answerDelayMs = 0;
    }
  });

  it('should mark only what was at SMTP as UNKNOWN when a worker is killed, finish without duplicates, and resend exactly those', async () => {
    const worker = await runningWorker();
    const { mailingId, addresses } = await mailingTo(600);
    api.smtp.answerDelayMs = 30;
    try {
      await coordinator.ok(SEND, { input: { id: mailingId } });
      await waitForArrivals(mailingId, 100);
      // Kill it while it has deliveries at SMTP: those are the ones nobody can vouch for.
      const deadline = Date.now() + 5000;
      for (;;) {
        const [{ count }]: { count: number }[] = await api.dataSource.query(`SELECT count(*)::integer AS count FROM deliveries WHERE mailing_id = $1 AND status = 'SENDING'`, [mailingId]);
        if (count > 0 || Date.now() > deadline) break;
      }
      worker.kill('SIGKILL');
      await worker.exited;
      await startWorker();

      const finished = await waitForFinished(mailingId);
      expect(finished.queued).toBe(0);
      expect(finished.unknown).toBeGreaterThan(0);
      expect(finished.unknown).toBeLessThanOrEqual(IN_FLIGHT);
      expect(finished.sent + finished.unknown).toBe(600);
      const atFinish = received(mailingId);
      expect(duplicates(atFinish.byMessageId)).toBe(0);
      expect(duplicates(atFinish.byRecipient)).toBe(0);
      const sent = (await deliveriesIn(mailingId, 'SENT')).map((row) => row.email);
      const unknown = (await deliveriesIn(mailingId, 'UNKNOWN')).map((row) => row.email);
      // Every delivery recorded as sent arrived; the unknown ones may or may not have.
      expect(sent.every((email) => atFinish.byRecipient.get(email) === 1)).toBe(true);
      expect([...atFinish.byRecipient.keys()].every((email) => sent.includes(email) || unknown.includes(email))).toBe(true);

      const before = new Map(atFinish.byRecipient);
      await coordinator.ok('mutation ($id: ID!) { resendUnknownDeliveries(id: $id) { status } }', { id: mailingId });
      expect(await waitForFinished(mailingId)).toMatchObject({ total: 600, sent: 600, unknown: 0, queued: 0 });
      const after = received(mailingId).byRecipient;
      const resentTo = addresses.filter((address) => (after.get(address) ?? 0) > (before.get(address) ?? 0));
      expect(resentTo).toEqual(unknown);
      expect(resentTo.every((address) => after.get(address)! - (before.get(address) ?? 0) === 1)).toBe(true);
    } finally {
      api.smtp.answerDelayMs = 0;
    }
  });

  it('should carry on by itself when its Redis keys are flushed mid-send, with 0 duplicates and 0 missing', async () => {
    await runningWorker();
    const { mailingId, addresses } = await mailingTo(1000);
    api.smtp.answerDelayMs = 5;
    try {
      await coordinator.ok(SEND, { input: { id: mailingId } });
      await waitForArrivals(mailingId, 200);
      const redis = new Redis(TEST_REDIS_URL);
      try {
        let cursor = '0';
        let deleted = 0;
        do {
          const [next, keys] = await redis.scan(cursor, 'MATCH', `${api.config.REDIS_PREFIX}:*`, 'COUNT', 1000);
          if (keys.length) deleted += await redis.del(...keys);
          cursor = next;
        } while (cursor !== '0');
        expect(deleted).toBeGreaterThan(0);
      } finally {
        await closeRedisConnection(redis);
      }
      expect(await waitForFinished(mailingId)).toMatchObject({ total: 1000, sent: 1000, queued: 0, unknown: 0 });
      const { total, byMessageId, byRecipient } = received(mailingId);
      expect(total).toBe(1000);
      expect(duplicates(byMessageId)).toBe(0);
      expect([...byRecipient.keys()].sort()).toEqual(addresses);
    } finally {
      api.smtp.answerDelayMs = 0;
    }
  });
});
