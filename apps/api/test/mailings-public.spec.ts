import { Role } from '@alliance/domain';
import request from 'supertest';
import { signConfirmationToken } from '../src/mailings/public/confirmation-token';
import { signRecipientToken } from '../src/mailings/public/recipient-token';
import { createTestApp, GraphqlClient, TestApp } from './support/test-app';

const WEBHOOK_SECRET = 'a-webhook-secret-that-is-long-enough-0123456789';
const CREATE_LIST = 'mutation ($input: CreateMailingListInput!) { createMailingList(input: $input) { id } }';
const SUBSCRIBE_CONTACT = 'mutation ($input: SubscribeContactInput!) { subscribeContact(input: $input) { id } }';

interface Subscription {
  list_id: string;
  status: string;
  consent_source: string;
  confirmed_at: Date | null;
}

let forwardedFor = 0;
/** Each test speaks from its own client address (the app trusts X-Forwarded-For from loopback), so throttles do not leak between tests. */
function newClientAddress(): string {
  forwardedFor += 1;
  return `203.0.113.${forwardedFor}`;
}

describe('Public subscribe, preferences, one-click unsubscribe and the mail events webhook', () => {
  let testApp: TestApp;
  let coordinator: GraphqlClient;
  let alerts: string;
  let newsletter: string;
  let internal: string;
  let client: string;

  const http = () => request(testApp.app.getHttpServer());
  const post = (path: string, body: object) => http().post(path).set('X-Forwarded-For', client).send(body);
  const get = (path: string) => http().get(path).set('X-Forwarded-For', client);

  async function createContact(firstName: string, address: string, language = 'en'): Promise<string> {
    const { createContact } = await coordinator.ok<{ createContact: { id: string } }>('mutation ($input: CreateContactInput!) { createContact(input: $input) { id } }', {
      input: { firstName, lastName: 'Test', preferredLanguage: language, emails: [{ address, isPrimary: true }] },
    });
    return createContact.id;
  }

  async function contactIdOf(address: string): Promise<string | null> {
    const [row] = await testApp.dataSource.query('SELECT contact_id FROM contact_emails WHERE address = $1', [address]);
    return row?.contact_id ?? null;
  }

  async function subscriptionsOf(contactId: string): Promise<Subscription[]> {
    return testApp.dataSource.query(
      'SELECT s.list_id, s.status, s.consent_source, s.confirmed_at FROM list_subscriptions s JOIN mailing_lists l ON l.id = s.list_id WHERE s.contact_id = $1 ORDER BY lower(l.name)',
      [contactId],
    );
  }

  async function statusOn(contactId: string, listId: string): Promise<string | null> {
    const [row] = await testApp.dataSource.query('SELECT status FROM list_subscriptions WHERE contact_id = $1 AND list_id = $2', [contactId, listId]);
    return row?.status ?? null;
  }

  async function suppressionOf(address: string): Promise<string | null> {
    const [row] = await testApp.dataSource.query('SELECT reason FROM suppressions WHERE address = $1', [address]);
    return row?.reason ?? null;
  }

  function mailsTo(address: string) {
    return testApp.smtp.messages.filter((message) => message.envelopeTo.some((to) => to.toLowerCase() === address.toLowerCase()));
  }

  /** Waits for the first mail to the address, then long enough for a second one to show up if one was queued. */
  async function onlyMailTo(address: string) {
    await testApp.smtp.waitForMessageTo(address);
    await new Promise((resolve) => setTimeout(resolve, 400));
    return mailsTo(address);
  }

  function recipientToken(contactId: string | null, listId: string, email: string): string {
    return signRecipientToken(testApp.config.appSecret, { contactId, listId, email });
  }

  function confirmationTokenFrom(text: string): string {
    const match = /\/subscribe\/confirm\?token=([A-Za-z0-9_.%-]+)/.exec(text);
    if (!match) throw new Error(`No confirmation link in: ${text}`);
    return decodeURIComponent(match[1]);
  }

  beforeAll(async () => {
    testApp = await createTestApp({ MAIL_WEBHOOK_SECRET: WEBHOOK_SECRET });
    coordinator = await testApp.signedIn(Role.COORDINATOR);
    const createList = async (input: object) => (await coordinator.ok<{ createMailingList: { id: string } }>(CREATE_LIST, { input })).createMailingList.id;
    alerts = await createList({ name: 'Action alerts', description: 'When a situation worsens', isPublic: true, doubleOptIn: true });
    newsletter = await createList({ name: 'Newsletter', isPublic: true, doubleOptIn: false });
    internal = await createList({ name: 'Parliamentary briefings', isPublic: false });
  });

  beforeEach(() => {
    client = newClientAddress();
  });

  afterAll(() => testApp.close());

  describe('GET /api/public/lists', () => {
    it('should offer the public lists only, by name, without signing in', async () => {
      const response = await get('/api/public/lists').expect(200);
      expect(response.body).toEqual({
        lists: [
          { id: alerts, name: 'Action alerts', description: 'When a situation worsens', doubleOptIn: true },
          { id: newsletter, name: 'Newsletter', description: null, doubleOptIn: false },
        ],
      });
    });
  });

  describe('POST /api/public/subscribe and /subscribe/confirm', () => {
    it('should run the whole double opt-in: one mail with the link, pending until confirmed, then subscribed', async () => {
      const address = 'new.reader@example.org';
      const response = await post('/api/public/subscribe', { email: address, language: 'en', listIds: [alerts, newsletter] }).expect(202);
      expect(response.body.status).toBe('accepted');

      const contactId = await contactIdOf(address);
      expect(contactId).not.toBeNull();
      const [contact] = await testApp.dataSource.query('SELECT first_name, last_name, preferred_language FROM contacts WHERE id = $1', [contactId]);
      expect(contact).toEqual({ first_name: 'new.reader', last_name: '', preferred_language: 'en' });
      expect((await subscriptionsOf(contactId as string)).map((s) => [s.list_id, s.status, s.consent_source])).toEqual([
        [alerts, 'PENDING', 'public subscribe form'],
        [newsletter, 'SUBSCRIBED', 'public subscribe form'],
      ]);

      const mails = await onlyMailTo(address);
      expect(mails).toHaveLength(1);
      const [mail] = mails;
      expect(mail.parsed.subject).toBe('Confirm your subscription');
      expect(mail.parsed.text).toContain('“Action alerts”');
      expect(mail.parsed.text).not.toContain('Newsletter');
      expect(mail.parsed.html).toContain('http://admin.test/subscribe/confirm?token=');
      const token = confirmationTokenFrom(mail.parsed.text ?? '');

      const confirmed = await post('/api/public/subscribe/confirm', { token }).expect(200);
      expect(confirmed.body.lists).toEqual([{ id: alerts, name: 'Action alerts' }]);
      expect(typeof confirmed.body.preferencesToken).toBe('string');
      const [alertsRow] = await subscriptionsOf(contactId as string);
      expect(alertsRow.status).toBe('SUBSCRIBED');
      expect(alertsRow.confirmed_at).not.toBeNull();

      const twice = await post('/api/public/subscribe/confirm', { token }).expect(200);
      expect(twice.body.lists).toEqual(confirmed.body.lists);
      expect((await subscriptionsOf(contactId as string))[0].confirmed_at).toEqual(alertsRow.confirmed_at);

      const audit: { action: string; actor_id: string | null }[] = await testApp.dataSource.query(
        `SELECT action, actor_id FROM audit_events WHERE entity_id = $1 OR entity_id IN (SELECT id::text FROM list_subscriptions WHERE contact_id::text = $1) ORDER BY id`,
        [contactId],
      );
      expect(audit.map((row) => row.action)).toEqual(['contact.create', 'list_subscription.subscribe', 'list_subscription.subscribe', 'list_subscription.confirm']);
      expect(audit.every((row) => row.actor_id === null)).toBe(true);
    });

    it('should answer a known and an unknown address exactly the same, and leave the known contact’s details alone', async () => {
      const known = 'known.person@example.org';
      const contactId = await createContact('Grace', known, 'fr');
      const forKnown = await post('/api/public/subscribe', { email: known, firstName: 'Mallory', language: 'en', listIds: [alerts] });
      const forUnknown = await post('/api/public/subscribe', { email: 'unknown.person@example.org', language: 'en', listIds: [alerts] });
      expect([forKnown.status, forKnown.body]).toEqual([202, forUnknown.body]);
      expect(forUnknown.status).toBe(202);
      expect(forKnown.headers['content-type']).toBe(forUnknown.headers['content-type']);
      const [contact] = await testApp.dataSource.query('SELECT first_name, preferred_language FROM contacts WHERE id = $1', [contactId]);
      expect(contact).toEqual({ first_name: 'Grace', preferred_language: 'fr' });
      expect(await statusOn(contactId, alerts)).toBe('PENDING');
    });

    it('should write the confirmation in French for a French speaker', async () => {
      const address = 'lectrice@exemple.fr';
      await post('/api/public/subscribe', { email: address, firstName: 'Élodie', lastName: 'Martin', language: 'fr', listIds: [alerts] }).expect(202);
      const [mail] = await onlyMailTo(address);
      expect(mail.parsed.subject).toBe('Confirmez votre inscription');
      expect(mail.parsed.text).toContain('« Action alerts »');
      const [contact] = await testApp.dataSource.query('SELECT first_name, last_name FROM contacts c JOIN contact_emails e ON e.contact_id = c.id WHERE e.address = $1', [address]);
      expect(contact).toEqual({ first_name: 'Élodie', last_name: 'Martin' });
    });

    it('should send a note with the way out, not a confirmation, when no list asks for one', async () => {
      const address = 'single.opt.in@example.org';
      await post('/api/public/subscribe', { email: address, language: 'en', listIds: [newsletter] }).expect(202);
      const [mail] = await onlyMailTo(address);
      expect(mail.parsed.subject).toBe('You are subscribed');
      expect(mail.parsed.html).toContain('http://admin.test/preferences?token=');
    });

    it('should ask an address that left every list to confirm again, even for a list without double opt-in', async () => {
      const address = 'came.back@example.org';
      const contactId = await createContact('Ruth', address);
      await testApp.dataSource.query(`INSERT INTO suppressions (address, reason) VALUES ($1, 'LEFT_ALL')`, [address]);
      await post('/api/public/subscribe', { email: address, language: 'en', listIds: [newsletter] }).expect(202);
      expect(await statusOn(contactId, newsletter)).toBe('PENDING');
      const [mail] = await onlyMailTo(address);
      await post('/api/public/subscribe/confirm', { token: confirmationTokenFrom(mail.parsed.text ?? '') }).expect(200);
      expect(await statusOn(contactId, newsletter)).toBe('SUBSCRIBED');
      expect(await suppressionOf(address)).toBeNull();
    });

    it('should send nothing to a hard-bounced address, and still answer the same', async () => {
      const address = 'gone.away@example.org';
      await testApp.dataSource.query(`INSERT INTO suppressions (address, reason) VALUES ($1, 'HARD_BOUNCE')`, [address]);
      const response = await post('/api/public/subscribe', { email: address, language: 'en', listIds: [alerts] }).expect(202);
      expect(response.body.status).toBe('accepted');
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(mailsTo(address)).toHaveLength(0);
    });

    it('should not let the form flood one inbox: at most three mails a day to an address', async () => {
      const address = 'flooded@example.org';
      for (let attempt = 0; attempt < 5; attempt += 1) {
        client = newClientAddress();
        await post('/api/public/subscribe', { email: address, language: 'en', listIds: [alerts] }).expect(202);
      }
      await testApp.smtp.waitForMessageTo(address);
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(mailsTo(address)).toHaveLength(3);
    });

    it('should refuse bad input naming the field, and lists that are not public by their index', async () => {
      const badEmail = await post('/api/public/subscribe', { email: 'not-an-address', language: 'en', listIds: [alerts] }).expect(400);
      expect(badEmail.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
      const badLanguage = await post('/api/public/subscribe', { email: 'a@example.org', language: 'de', listIds: [alerts] }).expect(400);
      expect(badLanguage.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'language' });
      const noList = await post('/api/public/subscribe', { email: 'a@example.org', language: 'en', listIds: [] }).expect(400);
      expect(noList.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'listIds' });
      const privateList = await post('/api/public/subscribe', { email: 'a@example.org', language: 'en', listIds: [alerts, internal] }).expect(400);
      expect(privateList.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'listIds.1', message: 'listIds.1: is not a list open to subscription' });
      expect(await contactIdOf('a@example.org')).toBeNull();
    });

    it('should refuse a forged or expired confirmation with a clear message', async () => {
      const contactId = await createContact('Eve', 'eve.confirm@example.org');
      const forged = await post('/api/public/subscribe/confirm', { token: 'AAAA.BBBB' }).expect(400);
      expect(forged.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token', reason: 'LINK_INVALID' });
      expect(forged.body.message).toMatch(/not valid/);
      const expired = signConfirmationToken(testApp.config.appSecret, { contactId, listIds: [alerts], email: 'eve.confirm@example.org', expiresAt: new Date(Date.now() - 1000) });
      const late = await post('/api/public/subscribe/confirm', { token: expired }).expect(400);
      expect(late.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CONFIRMATION_EXPIRED' });
      expect(late.body.message).toMatch(/expired/);
    });

    it('should pause a client that submits the form too often', async () => {
      let status = 0;
      for (let attempt = 0; attempt < 21; attempt += 1) {
        status = (await post('/api/public/subscribe', { email: `many${attempt}@example.org`, language: 'en', listIds: [newsletter] })).status;
      }
      expect(status).toBe(429);
    });
  });

  describe('preferences', () => {
    it('should show the public lists and the lists the person is on, then save their choice', async () => {
      const address = 'policy.person@example.org';
      const contactId = await createContact('Hana', address);
      await coordinator.ok(SUBSCRIBE_CONTACT, { input: { listId: internal, contactId, consentSource: 'briefing sign-up' } });
      const token = recipientToken(contactId, internal, address);

      const read = await get(`/api/public/preferences?token=${encodeURIComponent(token)}`).expect(200);
      expect(read.body).toEqual({
        email: address,
        fromListId: internal,
        lists: [
          { id: alerts, name: 'Action alerts', description: 'When a situation worsens', subscribed: false },
          { id: newsletter, name: 'Newsletter', description: null, subscribed: false },
          { id: internal, name: 'Parliamentary briefings', description: null, subscribed: true },
        ],
        suppressed: false,
      });

      const saved = await post('/api/public/preferences', { token, subscribedListIds: [alerts] }).expect(200);
      expect(saved.body.lists.map((list: { id: string; subscribed: boolean }) => [list.id, list.subscribed])).toEqual([
        [alerts, true],
        [newsletter, false],
        [internal, false],
      ]);
      const rows = await subscriptionsOf(contactId);
      // Joining a double opt-in list from a mailed link needs no confirmation: the token proves the address.
      expect(rows.map((row) => [row.list_id, row.status, row.confirmed_at !== null])).toEqual([
        [alerts, 'SUBSCRIBED', true],
        [internal, 'UNSUBSCRIBED', false],
      ]);
    });

    it('should leave every list and suppress the address when asked', async () => {
      const address = 'leaving@example.org';
      const contactId = await createContact('Ivo', address);
      for (const listId of [alerts, internal]) await coordinator.ok(SUBSCRIBE_CONTACT, { input: { listId, contactId, consentSource: 'event' } });
      const token = recipientToken(contactId, alerts, address);
      const response = await post('/api/public/preferences', { token, subscribedListIds: [], leaveAll: true }).expect(200);
      expect(response.body.suppressed).toBe(true);
      expect((await subscriptionsOf(contactId)).map((row) => row.status)).toEqual(['UNSUBSCRIBED', 'UNSUBSCRIBED']);
      expect(await suppressionOf(address)).toBe('LEFT_ALL');
      const [audit] = await testApp.dataSource.query(`SELECT actor_id FROM audit_events WHERE action = 'suppression.add' ORDER BY id DESC LIMIT 1`);
      expect(audit.actor_id).toBeNull();
    });

    it('should refuse a list the page does not offer, by its index', async () => {
      const address = 'chooser@example.org';
      const contactId = await createContact('Jo', address);
      const token = recipientToken(contactId, alerts, address);
      const response = await post('/api/public/preferences', { token, subscribedListIds: [newsletter, internal] }).expect(400);
      expect(response.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subscribedListIds.1' });
      expect(await subscriptionsOf(contactId)).toEqual([]);
    });

    it('should refuse an altered token on reading and saving, and change nothing', async () => {
      const address = 'tamper@example.org';
      const contactId = await createContact('Kai', address);
      await coordinator.ok(SUBSCRIBE_CONTACT, { input: { listId: alerts, contactId, consentSource: 'event' } });
      const token = recipientToken(contactId, alerts, address);
      const altered = `${token.slice(0, 5)}${token[5] === 'A' ? 'B' : 'A'}${token.slice(6)}`;
      const read = await get(`/api/public/preferences?token=${encodeURIComponent(altered)}`).expect(400);
      expect(read.body).toMatchObject({ reason: 'LINK_INVALID', field: 'token' });
      await post('/api/public/preferences', { token: altered, subscribedListIds: [], leaveAll: true }).expect(400);
      const otherSecret = signRecipientToken('another-secret-that-is-long-enough-for-this', { contactId, listId: alerts, email: address });
      await post('/api/public/preferences', { token: otherSecret, subscribedListIds: [], leaveAll: true }).expect(400);
      expect(await statusOn(contactId, alerts)).toBe('SUBSCRIBED');
      expect(await suppressionOf(address)).toBeNull();
    });
  });

  describe('one-click unsubscribe (RFC 8058)', () => {
    it('should unsubscribe at once on the POST exactly as Gmail sends it: form body, no Origin, no cookie', async () => {
      const address = 'one.click@example.org';
      const contactId = await createContact('Lena', address);
      await coordinator.ok(SUBSCRIBE_CONTACT, { input: { listId: alerts, contactId, consentSource: 'event' } });
      await coordinator.ok(SUBSCRIBE_CONTACT, { input: { listId: newsletter, contactId, consentSource: 'event' } });
      const token = signRecipientToken(testApp.config.appSecret, { contactId, listId: alerts, email: address, deliveryId: '42' });

      const response = await http()
        .post(`/api/public/unsubscribe?token=${encodeURIComponent(token)}`)
        .set('Content-Type', 'application/x-www-form-urlencoded')
        .send('List-Unsubscribe=One-Click');
      expect(response.status).toBe(200);
      expect(JSON.stringify(response.body).length).toBeLessThan(40);
      expect(response.headers['set-cookie']).toBeUndefined();
      expect(await statusOn(contactId, alerts)).toBe('UNSUBSCRIBED');
      expect(await statusOn(contactId, newsletter)).toBe('SUBSCRIBED');

      // A provider that posts twice gets the same answer.
      await http().post(`/api/public/unsubscribe?token=${encodeURIComponent(token)}`).type('form').send('List-Unsubscribe=One-Click').expect(200);
    });

    it('should accept the multipart form some providers send', async () => {
      const address = 'multipart@example.org';
      const contactId = await createContact('Mo', address);
      await coordinator.ok(SUBSCRIBE_CONTACT, { input: { listId: newsletter, contactId, consentSource: 'event' } });
      await http()
        .post(`/api/public/unsubscribe?token=${encodeURIComponent(recipientToken(contactId, newsletter, address))}`)
        .field('List-Unsubscribe', 'One-Click')
        .expect(200);
      expect(await statusOn(contactId, newsletter)).toBe('UNSUBSCRIBED');
    });

    it('should record leaving for someone mailed on contact-level consent, with no subscription row', async () => {
      const address = 'consent.only@example.org';
      const contactId = await createContact('Nia', address);
      await http().post(`/api/public/unsubscribe?token=${encodeURIComponent(recipientToken(contactId, alerts, address))}`).type('form').send('List-Unsubscribe=One-Click').expect(200);
      expect(await statusOn(contactId, alerts)).toBe('UNSUBSCRIBED');
    });

    it('should never unsubscribe on GET (link scanners prefetch) but lead to the preferences page', async () => {
      const address = 'scanned@example.org';
      const contactId = await createContact('Oz', address);
      await coordinator.ok(SUBSCRIBE_CONTACT, { input: { listId: alerts, contactId, consentSource: 'event' } });
      const token = recipientToken(contactId, alerts, address);
      const response = await http().get(`/api/public/unsubscribe?token=${encodeURIComponent(token)}`).expect(303);
      expect(response.headers.location).toBe(`http://admin.test/preferences?token=${encodeURIComponent(token)}&unsubscribe=1`);
      expect(await statusOn(contactId, alerts)).toBe('SUBSCRIBED');
    });

    it('should refuse a forged token and change nothing', async () => {
      const address = 'forged@example.org';
      const contactId = await createContact('Pia', address);
      await coordinator.ok(SUBSCRIBE_CONTACT, { input: { listId: alerts, contactId, consentSource: 'event' } });
      const forged = signRecipientToken('not-the-app-secret-but-long-enough-anyway', { contactId, listId: alerts, email: address });
      const response = await http().post(`/api/public/unsubscribe?token=${encodeURIComponent(forged)}`).type('form').send('List-Unsubscribe=One-Click').expect(400);
      expect(response.body).toMatchObject({ reason: 'LINK_INVALID' });
      await http().post('/api/public/unsubscribe').type('form').send('List-Unsubscribe=One-Click').expect(400);
      expect(await statusOn(contactId, alerts)).toBe('SUBSCRIBED');
    });

    it('should pause a client that tries many bad links, on every token endpoint', async () => {
      for (let attempt = 0; attempt < 30; attempt += 1) {
        await http().post(`/api/public/unsubscribe?token=guess${attempt}.x`).set('X-Forwarded-For', client).type('form').send('List-Unsubscribe=One-Click').expect(400);
      }
      const address = 'after.guessing@example.org';
      const contactId = await createContact('Quinn', address);
      const token = recipientToken(contactId, alerts, address);
      const paused = await http().post(`/api/public/unsubscribe?token=${encodeURIComponent(token)}`).set('X-Forwarded-For', client).type('form').send('List-Unsubscribe=One-Click');
      expect(paused.status).toBe(429);
      expect(paused.body.retryAfterSeconds).toBeGreaterThan(0);
      await get(`/api/public/preferences?token=${encodeURIComponent(token)}`).expect(429);
      // Another client (another mail provider) is not affected.
      await http().post(`/api/public/unsubscribe?token=${encodeURIComponent(token)}`).set('X-Forwarded-For', newClientAddress()).type('form').send('List-Unsubscribe=One-Click').expect(200);
    });
  });

  describe('POST /api/webhooks/mail-events', () => {
    const webhook = (body: object, authorization: string | null = `Bearer ${WEBHOOK_SECRET}`) => {
      const call = http().post('/api/webhooks/mail-events').set('X-Forwarded-For', client);
      return (authorization === null ? call : call.set('Authorization', authorization)).send(body);
    };

    it('should refuse a missing or wrong secret with 401, and apply nothing', async () => {
      const body = { events: [{ type: 'complaint', email: 'victim@example.org' }] };
      expect((await webhook(body, null)).status).toBe(401);
      const wrong = await webhook(body, `Bearer ${WEBHOOK_SECRET}x`);
      expect(wrong.status).toBe(401);
      expect(wrong.body.message).toMatch(/Authorization: Bearer/);
      expect((await webhook(body, WEBHOOK_SECRET)).status).toBe(401);
      expect(await suppressionOf('victim@example.org')).toBeNull();
    });

    it('should apply bounces, complaints and unsubscribes, and count what it ignored', async () => {
      const complainer = 'complainer@example.org';
      const complainerId = await createContact('Rosa', complainer);
      const leaver = 'leaver@example.org';
      const leaverId = await createContact('Sam', leaver);
      const bounced = 'bounced@example.org';
      const bouncedId = await createContact('Tariq', bounced);
      for (const contactId of [complainerId, leaverId]) {
        for (const listId of [alerts, newsletter]) await coordinator.ok(SUBSCRIBE_CONTACT, { input: { listId, contactId, consentSource: 'event' } });
      }
      const [mailing] = await testApp.dataSource.query(`INSERT INTO mailings (name, list_id, status) VALUES ('Alert 12', $1, 'FINISHED') RETURNING id`, [alerts]);
      const [delivery] = await testApp.dataSource.query(
        `INSERT INTO deliveries (mailing_id, contact_id, email, language, status, attempts) VALUES ($1, $2, $3, 'en', 'SENT', 1) RETURNING id`,
        [mailing.id, bouncedId, bounced],
      );

      const response = await webhook({
        events: [
          { type: 'bounce', email: 'Bounced@Example.org', permanent: true, detail: '550 5.1.1\nuser unknown', messageId: `<d${delivery.id}.m${mailing.id}@alliance.test>` },
          { type: 'bounce', email: 'full.mailbox@example.org', permanent: false, detail: '452 mailbox full' },
          { type: 'complaint', email: complainer, detail: 'abuse report' },
          { type: 'unsubscribe', email: leaver },
        ],
      }).expect(200);
      expect(response.body).toEqual({ accepted: 3, ignored: 1 });

      expect(await suppressionOf(bounced)).toBe('HARD_BOUNCE');
      const [after] = await testApp.dataSource.query('SELECT status, last_error FROM deliveries WHERE id = $1', [delivery.id]);
      expect(after).toEqual({ status: 'BOUNCED', last_error: '550 5.1.1 user unknown' });
      expect(await suppressionOf('full.mailbox@example.org')).toBeNull();
      expect(await suppressionOf(complainer)).toBe('COMPLAINT');
      expect((await subscriptionsOf(complainerId)).map((row) => row.status)).toEqual(['UNSUBSCRIBED', 'UNSUBSCRIBED']);
      expect(await suppressionOf(leaver)).toBe('LEFT_ALL');
      expect((await subscriptionsOf(leaverId)).map((row) => row.status)).toEqual(['UNSUBSCRIBED', 'UNSUBSCRIBED']);
      const audit: { action: string }[] = await testApp.dataSource.query(
        `SELECT action FROM audit_events WHERE actor_id IS NULL AND action IN ('suppression.add', 'list_subscription.unsubscribe') AND occurred_at > now() - interval '1 minute'`,
      );
      expect(audit.filter((row) => row.action === 'suppression.add').length).toBeGreaterThanOrEqual(3);
      expect(audit.filter((row) => row.action === 'list_subscription.unsubscribe').length).toBeGreaterThanOrEqual(4);

      // Sent again (providers retry), the same events change nothing more.
      await webhook({ events: [{ type: 'complaint', email: complainer }] }).expect(200);
      expect(await suppressionOf(complainer)).toBe('COMPLAINT');
    });

    it('should name the event index and field of bad input, and apply none of the batch', async () => {
      const events = [
        { type: 'complaint', email: 'first.valid@example.org' },
        { type: 'bounce', email: 'second@example.org', permanent: true },
        { type: 'bounce', email: 'third@example.org' },
      ];
      const noPermanent = await webhook({ events }).expect(400);
      expect(noPermanent.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'events.2.permanent' });
      const badEmail = await webhook({ events: [events[0], { type: 'complaint', email: 'nope' }] }).expect(400);
      expect(badEmail.body).toMatchObject({ field: 'events.1.email' });
      const badType = await webhook({ events: [{ type: 'delivered', email: 'x@example.org' }] }).expect(400);
      expect(badType.body).toMatchObject({ field: 'events.0.type' });
      expect(badType.body.message).toMatch(/bounce, complaint, unsubscribe/);
      const tooMany = await webhook({ events: Array.from({ length: 1001 }, (_, index) => ({ type: 'complaint', email: `n${index}@example.org` })) }).expect(400);
      expect(tooMany.body).toMatchObject({ field: 'events' });
      expect(await suppressionOf('first.valid@example.org')).toBeNull();
    });
  });

  describe('without MAIL_WEBHOOK_SECRET', () => {
    it('should keep the webhook off', async () => {
      const off = await createTestApp();
      try {
        const response = await request(off.app.getHttpServer())
          .post('/api/webhooks/mail-events')
          .set('Authorization', 'Bearer ')
          .send({ events: [{ type: 'complaint', email: 'victim@example.org' }] });
        expect(response.status).toBe(404);
        expect(response.body.message).toMatch(/MAIL_WEBHOOK_SECRET/);
      } finally {
        await off.close();
      }
    });
  });
});
