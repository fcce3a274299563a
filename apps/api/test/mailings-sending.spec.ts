import { NestFactory } from '@nestjs/core';
import { Role } from '@alliance/domain';
import type { ReceivedMail } from '@alliance/testing';
import { AppModule } from '../src/app.module';
import { loadAppConfig } from '../src/config/load-config';
import { verifyRecipientToken } from '../src/mailings/public/recipient-token';
import { seedSubscribers as seedFixtureSubscribers } from './support/mailing-fixtures';
import { createTestApp, GraphqlClient, TestApp } from './support/test-app';

const PROGRESS = 'total queued sent failed bounced unknown suppressed unsubscribed noConsent cancelled';
const MAILING = `query ($id: ID!) { mailing(id: $id) { id status requestedRecipientCount sendRequestedById approvedById startedAt finishedAt progress { ${PROGRESS} } } }`;
const DELIVERIES = `query ($id: ID!, $first: Int, $after: String, $statuses: [DeliveryStatus!], $search: String) {
  mailing(id: $id) { deliveries(first: $first, after: $after, statuses: $statuses, search: $search) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id email language status attempts messageId lastError sentAt } } } }
}`;
const SEND = 'mutation ($input: SendMailingInput!) { sendMailing(input: $input) { id status requestedRecipientCount } }';
const APPROVE = 'mutation ($id: ID!) { approveMailing(id: $id) { id status approvedById } }';
const PAUSE = 'mutation ($id: ID!) { pauseMailing(id: $id) { status } }';
const RESUME = 'mutation ($id: ID!) { resumeMailing(id: $id) { status } }';
const CANCEL = 'mutation ($id: ID!) { cancelMailing(id: $id) { status } }';

const ENGLISH = {
  language: 'EN',
  subject: 'Act now for El Fasher, {{firstName}}',
  body: '# Civilians are under attack\n\nDear {{firstName}} of {{organisationName}},\n\nPlease [call your representative](https://alliance.example/act) **today**.',
};
const FRENCH = { language: 'FR', subject: 'Agissez pour El Fasher, {{firstName}}', body: '# Les civils sont attaqués\n\nBonjour {{firstName}},\n\nAgissez **aujourd’hui**.' };
/** Above it, a second coordinator must approve. */
const THRESHOLD = 20;

type Progress = Record<'total' | 'queued' | 'sent' | 'failed' | 'bounced' | 'unknown' | 'suppressed' | 'unsubscribed' | 'noConsent' | 'cancelled', number>;
interface Mailing {
  id: string;
  status: string;
  requestedRecipientCount: number | null;
  sendRequestedById: string | null;
  approvedById: string | null;
  finishedAt: string | null;
  progress: Progress;
}
interface Delivery {
  id: string;
  email: string;
  language: string;
  status: string;
  attempts: number;
  messageId: string | null;
  lastError: string | null;
}

const accountedFor = (p: Progress) => p.queued + p.sent + p.failed + p.bounced + p.unknown + p.suppressed + p.unsubscribed + p.noConsent + p.cancelled;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const header = (mail: ReceivedMail, name: string) => mail.parsed.headers.find((h) => h.key === name.toLowerCase())?.value;

describe('Sending mailings', () => {
  let testApp: TestApp;
  let coordinator: GraphqlClient;
  let secondCoordinator: GraphqlClient;
  let lists = 0;

  const overrides = {
    MAIL_FROM: 'Alliance Alerts <alerts@alliance.test>',
    MAIL_UNSUBSCRIBE_MAILTO: 'unsubscribe@alliance.test',
    MAIL_TWO_PERSON_THRESHOLD: String(THRESHOLD),
    MAIL_POOL_CONNECTIONS: '3',
    MAIL_RETRY_DELAYS: '0.6,0.6,0.6,0.6',
    MAIL_WORKER_HEARTBEAT_MS: '200',
  };

  /** A list, an audience of its subscribers (and of contacts tagged like it), and a bilingual mailing to it. */
  async function newMailing(app: TestApp = testApp, client: GraphqlClient = coordinator): Promise<{ listId: string; tag: string; mailingId: string }> {
    const tag = `alert-${++lists}`;
    const { createMailingList } = await client.ok<{ createMailingList: { id: string } }>(
      'mutation ($input: CreateMailingListInput!) { createMailingList(input: $input) { id } }',
      { input: { name: `Action alerts ${lists}`, doubleOptIn: false } },
    );
    const rule = { kind: 'OR', rules: [{ kind: 'LISTS', listIds: [createMailingList.id] }, { kind: 'TAGS', tags: [tag] }] };
    const { createAudience } = await client.ok<{ createAudience: { id: string } }>('mutation ($input: CreateAudienceInput!) { createAudience(input: $input) { id } }', {
      input: { name: `Audience ${lists}`, rule },
    });
    const { createMailing } = await client.ok<{ createMailing: { id: string } }>('mutation ($input: CreateMailingInput!) { createMailing(input: $input) { id } }', {
      input: { name: `Alert ${lists}`, listId: createMailingList.id, audienceId: createAudience.id, translations: [ENGLISH, FRENCH] },
    });
    void app;
    return { listId: createMailingList.id, tag, mailingId: createMailing.id };
  }

  /** `count` consenting subscribers of the list, straight into the database (a third in French). */
  const seedSubscribers = (app: TestApp, listId: string, count: number, prefix: string) => seedFixtureSubscribers(app.dataSource, listId, count, prefix);

  async function createContact(fields: Record<string, unknown>): Promise<string> {
    const { createContact } = await coordinator.ok<{ createContact: { id: string } }>('mutation ($input: CreateContactInput!) { createContact(input: $input) { id } }', {
      input: fields,
    });
    return createContact.id;
  }

  const subscribe = (listId: string, contactId: string) =>
    coordinator.ok('mutation ($input: SubscribeContactInput!) { subscribeContact(input: $input) { status } }', { input: { listId, contactId, consentSource: 'signed sheet' } });

  const mailing = async (id: string, client = coordinator) => (await client.ok<{ mailing: Mailing }>(MAILING, { id })).mailing;

  async function deliveries(id: string, variables: Record<string, unknown> = {}): Promise<Delivery[]> {
    const found: Delivery[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { mailing: { deliveries: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Delivery }[] } } } =
        await coordinator.ok(DELIVERIES, { id, first: 100, after, ...variables });
      found.push(...page.mailing.deliveries.edges.map((edge) => edge.node));
      if (!page.mailing.deliveries.pageInfo.hasNextPage) return found;
      after = page.mailing.deliveries.pageInfo.endCursor;
    }
  }

  async function waitForStatus(id: string, status: string, timeoutMs = 15_000, client = coordinator): Promise<Mailing> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const current = await mailing(id, client);
      if (current.status === status) return current;
      if (Date.now() > deadline) throw new Error(`Mailing stayed ${current.status} (${JSON.stringify(current.progress)}), expected ${status}`);
      await sleep(100);
    }
  }

  /** The mails of one mailing that reached the sink, by recipient. */
  function arrivedFor(app: TestApp, mailingId: string): Map<string, ReceivedMail[]> {
    const byRecipient = new Map<string, ReceivedMail[]>();
    for (const mail of app.smtp.messages) {
      if (!mail.parsed.messageId?.includes(`.m${mailingId}@`)) continue;
      const to = mail.envelopeTo[0];
      byRecipient.set(to, [...(byRecipient.get(to) ?? []), mail]);
    }
    return byRecipient;
  }

  beforeAll(async () => {
    testApp = await createTestApp(overrides);
    await testApp.createUser({ email: 'grace.mukasa@alliance.test', role: Role.COORDINATOR, name: 'Grace Mukasa' });
    coordinator = testApp.client();
    await coordinator.signIn('grace.mukasa@alliance.test');
    secondCoordinator = await testApp.signedIn(Role.COORDINATOR);
  });

  afterAll(() => testApp.close());

  it('should send one mail per recipient, in their language, with its own unsubscribe headers, and count those excluded', async () => {
    const { listId, tag, mailingId } = await newMailing();
    const { createOrganisation } = await coordinator.ok<{ createOrganisation: { id: string } }>(
      'mutation { createOrganisation(input: { name: "Waging Peace", type: NGO, membershipStatus: ACTIVE }) { id } }',
    );
    const amina = await createContact({ firstName: 'Amina', lastName: 'Diallo', emails: [{ address: 'Amina.Diallo@Example.org' }], affiliations: [{ organisationId: createOrganisation.id }] });
    const jean = await createContact({ firstName: 'Jean', lastName: 'Moreau', preferredLanguage: 'fr', emails: [{ address: 'jean@example.fr' }] });
    const script = await createContact({ firstName: '<script>alert(1)</script>', lastName: 'Injection', emails: [{ address: 'script@example.org' }] });
    const suppressed = await createContact({ firstName: 'Sam', lastName: 'Bounced', emails: [{ address: 'bounced@example.org' }] });
    const leaver = await createContact({ firstName: 'Lea', lastName: 'Left', emails: [{ address: 'left@example.org' }], tags: [tag] });
    await createContact({ firstName: 'Nora', lastName: 'Noconsent', emails: [{ address: 'noconsent@example.org' }], tags: [tag] });
    for (const contact of [amina, jean, script, suppressed, leaver]) await subscribe(listId, contact);
    await coordinator.ok('mutation ($input: UnsubscribeContactInput!) { unsubscribeContact(input: $input) { status } }', { input: { listId, contactId: leaver } });
    await coordinator.ok('mutation { suppressAddress(input: { address: "bounced@example.org", detail: "550 no such user" }) { address } }');

    const { sendMailing } = await coordinator.ok<{ sendMailing: { status: string; requestedRecipientCount: number } }>(SEND, { input: { id: mailingId } });
    expect(sendMailing).toEqual({ id: mailingId, status: 'SENDING', requestedRecipientCount: 3 });
    const finished = await waitForStatus(mailingId, 'FINISHED');
    expect(finished.progress).toEqual({ total: 6, queued: 0, sent: 3, failed: 0, bounced: 0, unknown: 0, suppressed: 1, unsubscribed: 1, noConsent: 1, cancelled: 0 });
    expect(finished.finishedAt).not.toBeNull();

    const arrived = arrivedFor(testApp, mailingId);
    expect([...arrived.keys()].sort()).toEqual(['amina.diallo@example.org', 'jean@example.fr', 'script@example.org']);
    expect([...arrived.values()].every((mails) => mails.length === 1)).toBe(true);
    const sent = new Map((await deliveries(mailingId)).map((delivery) => [delivery.email, delivery]));
    expect([...sent.values()].map((d) => [d.email, d.status, d.language]).sort()).toEqual([
      ['amina.diallo@example.org', 'SENT', 'EN'],
      ['bounced@example.org', 'SUPPRESSED', 'EN'],
      ['jean@example.fr', 'SENT', 'FR'],
      ['left@example.org', 'UNSUBSCRIBED', 'EN'],
      ['noconsent@example.org', 'NO_CONSENT', 'EN'],
      ['script@example.org', 'SENT', 'EN'],
    ]);

    const toAmina = arrived.get('amina.diallo@example.org')![0];
    const aminaDelivery = sent.get('amina.diallo@example.org')!;
    expect(toAmina.parsed.messageId).toBe(`<d${aminaDelivery.id}.m${mailingId}@alliance.test>`);
    expect(aminaDelivery).toMatchObject({ messageId: toAmina.parsed.messageId, attempts: 1 });
    expect(toAmina.parsed.subject).toBe('Act now for El Fasher, Amina');
    expect(toAmina.parsed.html).toContain('Dear Amina of Waging Peace');
    expect(toAmina.parsed.text).toContain('Dear Amina of Waging Peace');
    expect(toAmina.raw).toMatch(/Content-Type: multipart\/alternative/i);
    expect(header(toAmina, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const listUnsubscribe = header(toAmina, 'List-Unsubscribe')!.replace(/\s+/g, '');
    const match = /^<http:\/\/admin\.test\/api\/public\/unsubscribe\?token=([^>]+)>,<mailto:unsubscribe@alliance\.test\?subject=unsubscribe%20([^>]+)>$/.exec(listUnsubscribe);
    expect(match).not.toBeNull();
    const [, httpsToken, mailtoToken] = match!;
    expect(decodeURIComponent(mailtoToken)).toBe(decodeURIComponent(httpsToken));
    expect(verifyRecipientToken(testApp.config.appSecret, decodeURIComponent(httpsToken))).toEqual({
      contactId: amina,
      listId,
      email: 'amina.diallo@example.org',
      deliveryId: aminaDelivery.id,
    });

    expect(arrived.get('jean@example.fr')![0].parsed.subject).toBe('Agissez pour El Fasher, Jean');
    const toScript = arrived.get('script@example.org')![0];
    expect(toScript.parsed.html).not.toContain('<script>');
    expect(toScript.parsed.html).toContain('&lt;script&gt;');
  });

  it('should retry a temporary refusal after a pause, and suppress an address refused for good', async () => {
    const { listId, mailingId } = await newMailing();
    const [busy, gone, fine] = await seedSubscribers(testApp, listId, 3, `retry-${mailingId.slice(0, 6)}`);
    testApp.smtp.refuse(busy, { code: 450, message: '4.2.1 Mailbox busy, try later', times: 1 });
    testApp.smtp.refuse(gone, { code: 550, message: '5.1.1 No such user here' });

    await coordinator.ok(SEND, { input: { id: mailingId } });
    const finished = await waitForStatus(mailingId, 'FINISHED');
    expect(finished.progress).toMatchObject({ total: 3, sent: 2, bounced: 1, failed: 0, queued: 0 });

    const arrived = arrivedFor(testApp, mailingId);
    expect([...arrived.keys()].sort()).toEqual([busy, fine].sort());
    expect(arrived.get(busy)).toHaveLength(1);
    const byEmail = new Map((await deliveries(mailingId)).map((delivery) => [delivery.email, delivery]));
    expect(byEmail.get(busy)).toMatchObject({ status: 'SENT', attempts: 2 });
    expect(byEmail.get(fine)).toMatchObject({ status: 'SENT', attempts: 1 });
    expect(byEmail.get(gone)).toMatchObject({ status: 'BOUNCED', attempts: 1, lastError: expect.stringContaining('550 5.1.1 No such user here') });
    expect(testApp.smtp.refusals.filter((refusal) => refusal.address === busy)).toEqual([{ address: busy, code: 450 }]);

    const suppressions: { reason: string; detail: string }[] = await testApp.dataSource.query('SELECT reason, detail FROM suppressions WHERE address = $1', [gone]);
    expect(suppressions).toEqual([{ reason: 'HARD_BOUNCE', detail: expect.stringContaining('550 5.1.1') }]);
  });

  it('should hold a mailing above the threshold for a second coordinator, audit both, then send it', async () => {
    const { listId, mailingId } = await newMailing();
    const addresses = await seedSubscribers(testApp, listId, THRESHOLD + 1, `approval-${mailingId.slice(0, 6)}`);

    const { sendMailing } = await coordinator.ok<{ sendMailing: { status: string; requestedRecipientCount: number } }>(SEND, { input: { id: mailingId } });
    expect(sendMailing).toMatchObject({ status: 'AWAITING_APPROVAL', requestedRecipientCount: THRESHOLD + 1 });
    await sleep(500);
    expect(arrivedFor(testApp, mailingId).size).toBe(0);
    expect((await mailing(mailingId)).progress.total).toBe(0);

    const ownApproval = await coordinator.query(APPROVE, { id: mailingId });
    expect(ownApproval.errors?.[0]).toMatchObject({ message: expect.stringMatching(/second coordinator/), extensions: { code: 'FORBIDDEN' } });
    const advocate = await testApp.signedIn(Role.ADVOCATE);
    expect((await advocate.query(APPROVE, { id: mailingId })).errors?.[0].extensions.code).toBe('FORBIDDEN');

    const { approveMailing } = await secondCoordinator.ok<{ approveMailing: { status: string; approvedById: string } }>(APPROVE, { id: mailingId });
    expect(approveMailing.status).toBe('SENDING');
    const finished = await waitForStatus(mailingId, 'FINISHED');
    expect(finished.progress).toMatchObject({ total: THRESHOLD + 1, sent: THRESHOLD + 1 });
    const arrived = arrivedFor(testApp, mailingId);
    expect([...arrived.keys()].sort()).toEqual(addresses);
    expect([...arrived.values()].every((mails) => mails.length === 1)).toBe(true);

    const audit: { action: string; actor_id: string }[] = await testApp.dataSource.query(
      `SELECT action, actor_id FROM audit_events WHERE entity_id = $1 AND action LIKE 'mailing.%' ORDER BY id`,
      [mailingId],
    );
    expect(audit.filter((row) => row.action !== 'mailing.create')).toEqual([
      { action: 'mailing.send', actor_id: finished.sendRequestedById },
      { action: 'mailing.approve', actor_id: approveMailing.approvedById },
    ]);
    expect(finished.sendRequestedById).not.toBe(approveMailing.approvedById);

    const again = await coordinator.query(SEND, { input: { id: mailingId } });
    expect(again.errors?.[0]).toMatchObject({ message: expect.stringMatching(/Only a draft can be sent/), extensions: { code: 'CONFLICT' } });
  });

  it('should refuse to send without an audience or an English text, naming the field', async () => {
    const { listId } = await newMailing();
    const { createMailing } = await coordinator.ok<{ createMailing: { id: string } }>('mutation ($input: CreateMailingInput!) { createMailing(input: $input) { id } }', {
      input: { name: 'No audience', listId, translations: [FRENCH] },
    });
    const noAudience = await coordinator.query(SEND, { input: { id: createMailing.id } });
    expect(noAudience.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'audienceId' });
    const { createAudience } = await coordinator.ok<{ createAudience: { id: string } }>('mutation ($input: CreateAudienceInput!) { createAudience(input: $input) { id } }', {
      input: { name: 'Anyone on the list', rule: { kind: 'LISTS', listIds: [listId] } },
    });
    await coordinator.ok('mutation ($input: UpdateMailingInput!) { updateMailing(input: $input) { id } }', { input: { id: createMailing.id, audienceId: createAudience.id } });
    const noEnglish = await coordinator.query(SEND, { input: { id: createMailing.id } });
    expect(noEnglish.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'translations' });
    expect((await mailing(createMailing.id)).status).toBe('DRAFT');
  });

  it('should stop sending within two seconds of a pause, take suppressions made meanwhile into account, and resume without duplicates', async () => {
    const { listId, mailingId } = await newMailing();
    const addresses = await seedSubscribers(testApp, listId, 60, `pause-${mailingId.slice(0, 6)}`);
    testApp.smtp.answerDelayMs = 100;
    try {
      await coordinator.ok(SEND, { input: { id: mailingId } });
      await secondCoordinator.ok(APPROVE, { id: mailingId });
      const deadline = Date.now() + 10_000;
      while (arrivedFor(testApp, mailingId).size < 8 && Date.now() < deadline) await sleep(20);
      expect((await coordinator.ok<{ pauseMailing: { status: string } }>(PAUSE, { id: mailingId })).pauseMailing.status).toBe('PAUSED');
      const pausedAt = Date.now();
      await sleep(3000);
      const held = arrivedFor(testApp, mailingId);
      // Only what SMTP already had (two groups of the pool's size at most) still arrives, and soon.
      const late = [...held.values()].flat().filter((mail) => mail.receivedAt > pausedAt);
      expect(late.length).toBeLessThanOrEqual(2 * 3);
      expect(late.every((mail) => mail.receivedAt < pausedAt + 2000)).toBe(true);
      expect(held.size).toBeLessThan(60);

      const paused = await mailing(mailingId);
      expect(paused.status).toBe('PAUSED');
      expect(paused.progress.queued).toBe(60 - held.size);
      expect(accountedFor(paused.progress)).toBe(paused.progress.total);
      const inFlight: { count: number }[] = await testApp.dataSource.query(
        `SELECT count(*)::integer AS count FROM deliveries WHERE mailing_id = $1 AND status IN ('CLAIMED', 'SENDING')`,
        [mailingId],
      );
      expect(inFlight[0].count).toBe(0);

      // Unsubscribes take effect at once, also for a mailing already under way.
      const waiting = addresses.filter((address) => !held.has(address));
      const [suppressedMeanwhile] = waiting;
      await coordinator.ok('mutation ($input: SuppressAddressInput!) { suppressAddress(input: $input) { address } }', { input: { address: suppressedMeanwhile } });

      expect((await coordinator.ok<{ resumeMailing: { status: string } }>(RESUME, { id: mailingId })).resumeMailing.status).toBe('SENDING');
      const finished = await waitForStatus(mailingId, 'FINISHED');
      expect(finished.progress).toMatchObject({ total: 60, sent: 59, suppressed: 1, queued: 0 });
      const arrived = arrivedFor(testApp, mailingId);
      expect([...arrived.keys()].sort()).toEqual(addresses.filter((address) => address !== suppressedMeanwhile));
      expect([...arrived.values()].every((mails) => mails.length === 1)).toBe(true);
      const audit: { action: string }[] = await testApp.dataSource.query(
        `SELECT action FROM audit_events WHERE entity_id = $1 AND action IN ('mailing.pause', 'mailing.resume') ORDER BY id`,
        [mailingId],
      );
      expect(audit.map((row) => row.action)).toEqual(['mailing.pause', 'mailing.resume']);
    } finally {
      testApp.smtp.answerDelayMs = 0;
    }
  });

  it('should cancel what has not left, let what SMTP has finish, and keep the figures adding up', async () => {
    const { listId, mailingId } = await newMailing();
    await seedSubscribers(testApp, listId, 40, `cancel-${mailingId.slice(0, 6)}`);
    testApp.smtp.answerDelayMs = 100;
    try {
      await coordinator.ok(SEND, { input: { id: mailingId } });
      await secondCoordinator.ok(APPROVE, { id: mailingId });
      const deadline = Date.now() + 10_000;
      while (arrivedFor(testApp, mailingId).size < 5 && Date.now() < deadline) await sleep(20);
      expect((await coordinator.ok<{ cancelMailing: { status: string } }>(CANCEL, { id: mailingId })).cancelMailing.status).toBe('CANCELLED');
      await sleep(1500);
      const cancelled = await mailing(mailingId);
      expect(cancelled.status).toBe('CANCELLED');
      const arrived = arrivedFor(testApp, mailingId);
      expect(cancelled.progress).toMatchObject({ total: 40, queued: 0, sent: arrived.size, cancelled: 40 - arrived.size });
      expect(cancelled.progress.cancelled).toBeGreaterThan(0);
      expect(accountedFor(cancelled.progress)).toBe(40);
      await sleep(500);
      expect(arrivedFor(testApp, mailingId).size).toBe(arrived.size);
      expect((await coordinator.query(RESUME, { id: mailingId })).errors?.[0].extensions.code).toBe('CONFLICT');
    } finally {
      testApp.smtp.answerDelayMs = 0;
    }
  });

  it('should wait for the scheduled time, then start by itself', async () => {
    const { listId, mailingId } = await newMailing();
    const addresses = await seedSubscribers(testApp, listId, 4, `scheduled-${mailingId.slice(0, 6)}`);
    const at = new Date(Date.now() + 1500);
    const { sendMailing } = await coordinator.ok<{ sendMailing: { status: string } }>(SEND, { input: { id: mailingId, scheduledAt: at.toISOString() } });
    expect(sendMailing.status).toBe('SCHEDULED');
    await sleep(700);
    expect(await mailing(mailingId)).toMatchObject({ status: 'SCHEDULED', progress: { total: 0 } });
    expect(arrivedFor(testApp, mailingId).size).toBe(0);

    const finished = await waitForStatus(mailingId, 'FINISHED');
    expect(finished.progress).toMatchObject({ total: 4, sent: 4 });
    const arrived = arrivedFor(testApp, mailingId);
    expect([...arrived.keys()].sort()).toEqual(addresses);
    expect(Math.min(...[...arrived.values()].flat().map((mail) => mail.receivedAt))).toBeGreaterThanOrEqual(at.getTime());
  });

  it('should list the deliveries by address, a page at a time, filtered by state and address', async () => {
    const { listId, mailingId } = await newMailing();
    const addresses = await seedSubscribers(testApp, listId, 7, `page-${mailingId.slice(0, 6)}`);
    await coordinator.ok(SEND, { input: { id: mailingId } });
    await waitForStatus(mailingId, 'FINISHED');
    const first = await coordinator.ok<{ mailing: { deliveries: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: Delivery }[] } } }>(
      DELIVERIES,
      { id: mailingId, first: 3 },
    );
    expect(first.mailing.deliveries.totalCount).toBe(7);
    expect(first.mailing.deliveries.edges.map((edge) => edge.node.email)).toEqual(addresses.slice(0, 3));
    expect((await deliveries(mailingId)).map((delivery) => delivery.email)).toEqual(addresses);
    expect(await deliveries(mailingId, { statuses: ['BOUNCED'] })).toEqual([]);
    expect((await deliveries(mailingId, { search: addresses[4].slice(0, addresses[4].indexOf('@')) })).map((d) => d.email)).toEqual([addresses[4]]);

    // Progress on a list of mailings: every mailing its own figures (counted together, in one statement).
    const { mailings } = await coordinator.ok<{ mailings: { edges: { node: { id: string; status: string; progress: Progress } }[] } }>(
      `{ mailings(first: 100) { edges { node { id status progress { ${PROGRESS} } } } } }`,
    );
    for (const { node } of mailings.edges) {
      expect(accountedFor(node.progress)).toBe(node.progress.total);
      if (node.status === 'DRAFT') expect(node.progress.total).toBe(0);
    }
    expect(mailings.edges.find(({ node }) => node.id === mailingId)?.node.progress).toMatchObject({ total: 7, sent: 7 });
  });

  describe('with a sending rate', () => {
    const RATE = 10;
    let limited: TestApp;

    beforeAll(async () => {
      limited = await createTestApp({ ...overrides, MAIL_TWO_PERSON_THRESHOLD: '1000', MAIL_RATE_PER_SECOND: String(RATE), MAIL_POOL_CONNECTIONS: '5' });
    });

    afterAll(() => limited.close());

    it('should hold the rate across two workers', async () => {
      // A second worker process on the same database, Redis and relay, drawing from the same budget.
      const worker = await NestFactory.createApplicationContext(AppModule.forRole(loadAppConfig({ ...limited.environment }), 'worker'), { logger: false });
      await worker.init();
      try {
        const client = await limited.signedIn(Role.COORDINATOR);
        // Two mailings at once: two jobs, which the two workers may share; the budget is one for all.
        const mailings = [await newMailing(limited, client), await newMailing(limited, client)];
        for (const { listId, mailingId } of mailings) await seedSubscribers(limited, listId, (3 * RATE) / 2, `rate-${mailingId.slice(0, 6)}`);
        await Promise.all(mailings.map(({ mailingId }) => client.ok(SEND, { input: { id: mailingId } })));
        for (const { mailingId } of mailings) await waitForStatus(mailingId, 'FINISHED', 15_000, client);
        const times = limited.smtp.messages.map((mail) => mail.receivedAt).sort((a, b) => a - b);
        expect(times).toHaveLength(3 * RATE);
        // Three seconds' worth: the first second's share at once, then one share per second (unlimited, it takes ~0.1 s).
        const span = times.at(-1)! - times[0];
        expect(span).toBeGreaterThan(1700);
        expect(span).toBeLessThan(3000);
      } finally {
        await worker.close();
      }
    });
  });
});
