import { Role } from '@alliance/domain';
import { setTimeout as sleep } from 'node:timers/promises';
import { SendMailHandler } from '../src/core/mail/jobs/send-mail.handler';
import { SEND_MAIL } from '../src/core/mail/mail.jobs';
import { QUEUE_DRIVER, QueueDriver } from '../src/core/queue/queue-driver';
import { createTestApp, GraphqlClient, TestApp } from './support/test-app';

async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !(await check()); await sleep(50)) {
    if (Date.now() > deadline) throw new Error(`Not true within ${timeoutMs} ms`);
  }
}

describe('The job outbox', () => {
  let testApp: TestApp;
  let coordinator: GraphqlClient;

  beforeAll(async () => {
    testApp = await createTestApp();
    coordinator = await testApp.signedIn(Role.COORDINATOR);
  });

  afterAll(() => testApp.close());

  const count = async (sql: string, params: unknown[] = []) => Number((await testApp.dataSource.query(sql, params))[0].count);

  it('should keep an invitation and its mail while the queue refuses jobs, and send the mail once the queue takes them again', async () => {
    const driver = testApp.app.get<QueueDriver>(QUEUE_DRIVER);
    const add = jest.spyOn(driver, 'add').mockRejectedValue(new Error("Stream isn't writeable and enableOfflineQueue options is false"));
    try {
      await coordinator.ok('mutation { inviteUser(input: { email: "outage@alliance.test", name: "Outage", role: ADVOCATE }) { id } }');
      await eventually(async () => add.mock.calls.some(([name]) => name === SEND_MAIL.name));
      expect(await count('SELECT count(*) FROM queued_jobs')).toBe(1);
      expect(testApp.smtp.messages.filter((m) => m.envelopeTo.includes('outage@alliance.test'))).toEqual([]);
    } finally {
      add.mockRestore();
    }
    const mail = await testApp.smtp.waitForMessageTo('outage@alliance.test');
    expect(mail.parsed.messageId).toMatch(/^<[0-9a-f-]{36}@localhost>$/);
    await eventually(async () => (await count(`SELECT count(*) FROM mail_sends WHERE message_id = $1 AND status = 'SENT'`, [mail.parsed.messageId])) === 1);
    expect(await count('SELECT count(*) FROM queued_jobs')).toBe(0);
  });

  it('should hand over the jobs behind one the queue refuses for a reason of its own, and keep that one', async () => {
    const driver = testApp.app.get<QueueDriver>(QUEUE_DRIVER);
    const add = driver.add.bind(driver);
    const refuse = jest.spyOn(driver, 'add').mockImplementation((name, payload, options) =>
      name === 'test.refused' ? Promise.reject(new Error('ERR the queue does not take this job')) : add(name, payload, options),
    );
    try {
      await testApp.dataSource.query(`INSERT INTO queued_jobs (id, name, payload, created_at) VALUES (gen_random_uuid(), 'test.refused', '{}', now() - interval '1 minute')`);
      await coordinator.ok('mutation { inviteUser(input: { email: "behind@alliance.test", name: "Behind", role: ANALYST }) { id } }');
      await testApp.smtp.waitForMessageTo('behind@alliance.test');
      expect(await testApp.dataSource.query('SELECT name FROM queued_jobs')).toEqual([{ name: 'test.refused' }]);
    } finally {
      await testApp.dataSource.query(`DELETE FROM queued_jobs WHERE name = 'test.refused'`);
      refuse.mockRestore();
    }
  });

  it('should queue nothing for a change that is refused', async () => {
    const before = await count('SELECT count(*) FROM mail_sends');
    const refused = await coordinator.query('mutation { inviteUser(input: { email: "outage@alliance.test", name: "Again", role: ADVOCATE }) { id } }');
    expect(refused.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await count('SELECT count(*) FROM mail_sends')).toBe(before);
    expect(await count('SELECT count(*) FROM queued_jobs')).toBe(0);
  });

  it('should send a mail once however often its job runs', async () => {
    const handler = testApp.app.get(SendMailHandler);
    const mail = { to: 'twice@alliance.test', subject: 'Twice', html: '<p>Twice</p>', text: 'Twice', messageId: '<twice-test@localhost>' };
    await handler.handle(mail);
    await handler.handle(mail);
    expect(testApp.smtp.messages.filter((m) => m.parsed.messageId === mail.messageId)).toHaveLength(1);
  });

  it('should send again, counting an interruption, a mail whose earlier attempt ended without an answer from SMTP', async () => {
    const handler = testApp.app.get(SendMailHandler);
    const messageId = '<interrupted-test@localhost>';
    await testApp.dataSource.query(`INSERT INTO mail_sends (message_id, status, attempts) VALUES ($1, 'SENDING', 1)`, [messageId]);
    await handler.handle({ to: 'interrupted@alliance.test', subject: 'Again', html: '<p>Again</p>', text: 'Again', messageId });
    expect(await testApp.dataSource.query('SELECT status, attempts, interruptions FROM mail_sends WHERE message_id = $1', [messageId])).toEqual([
      { status: 'SENT', attempts: 2, interruptions: 1 },
    ]);
    expect(testApp.smtp.messages.filter((m) => m.parsed.messageId === messageId)).toHaveLength(1);
  });
});
