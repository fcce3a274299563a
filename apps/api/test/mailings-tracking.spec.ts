import type { ReceivedMail } from '@alliance/testing';
import { Role } from '@alliance/domain';
import request from 'supertest';
import { signClick, signTrackingToken } from '../src/mailings/public/tracking-token';
import { seedSubscribers } from './support/mailing-fixtures';
import { createTestApp, GraphqlClient, TestApp } from './support/test-app';

const ENGLISH = {
  language: 'EN',
  subject: 'Act now, {{firstName}}',
  body: 'Dear {{firstName}},\n\nPlease [call your representative](https://alliance.example/act?who={{firstName}}) or [write to us](mailto:alerts@alliance.example).',
};
const ACT = (firstName: string) => `https://alliance.example/act?who=${firstName}`;
const TRACKING_URL = /\/api\/public\/t\//;
const PIXEL = /<img src="(http:\/\/admin\.test\/api\/public\/t\/o\/[^"]+\.gif)"/;
const TRACKED_LINK = /href="(http:\/\/admin\.test\/api\/public\/t\/c\/[^"]+)"/g;

interface Progress {
  sent: number;
  opened: number | null;
  clicked: number | null;
}
interface Delivery {
  id: string;
  email: string;
  openedAt: string | null;
  clickedAt: string | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The address of a link as it is in the HTML (attribute values escape `&`). */
const unescapeHref = (href: string) => href.replace(/&amp;/g, '&');
/** The path and query of one of our own absolute links, to request it from the app. */
const pathOf = (url: string) => {
  const { pathname, search } = new URL(url);
  return pathname + search;
};

describe('Mailing open and click tracking', () => {
  let testApp: TestApp;
  let coordinator: GraphqlClient;
  let mailings = 0;

  /** A mailing with its own list of `count` subscribers, sent to the end; answers its id and each recipient's mail. */
  async function sentMailing(trackingEnabled: boolean, count = 2): Promise<{ id: string; mails: Map<string, ReceivedMail> }> {
    const n = ++mailings;
    const { createMailingList } = await coordinator.ok<{ createMailingList: { id: string } }>(
      'mutation ($input: CreateMailingListInput!) { createMailingList(input: $input) { id } }',
      { input: { name: `Tracking ${n}`, doubleOptIn: false } },
    );
    const listId = createMailingList.id;
    await seedSubscribers(testApp.dataSource, listId, count, `tracked${n}`, 1_000);
    const { createAudience } = await coordinator.ok<{ createAudience: { id: string } }>('mutation ($input: CreateAudienceInput!) { createAudience(input: $input) { id } }', {
      input: { name: `Tracking audience ${n}`, rule: { kind: 'LISTS', listIds: [listId] } },
    });
    const { createMailing } = await coordinator.ok<{ createMailing: { id: string } }>('mutation ($input: CreateMailingInput!) { createMailing(input: $input) { id } }', {
      input: { name: `Tracked alert ${n}`, listId, audienceId: createAudience.id, trackingEnabled, translations: [ENGLISH] },
    });
    const id = createMailing.id;
    await coordinator.ok('mutation ($input: SendMailingInput!) { sendMailing(input: $input) { id } }', { input: { id } });
    const deadline = Date.now() + 15_000;
    while ((await mailing(id)).status !== 'FINISHED') {
      if (Date.now() > deadline) throw new Error('The mailing did not finish');
      await sleep(100);
    }
    const mails = new Map<string, ReceivedMail>();
    for (const mail of testApp.smtp.messages) if (mail.parsed.messageId?.includes(`.m${id}@`)) mails.set(mail.envelopeTo[0], mail);
    expect(mails.size).toBe(count);
    return { id, mails };
  }

  async function mailing(id: string): Promise<{ status: string; progress: Progress; deliveries: Delivery[] }> {
    const { mailing } = await coordinator.ok<{ mailing: { status: string; progress: Progress; deliveries: { edges: { node: Delivery }[] } } }>(
      `query ($id: ID!) { mailing(id: $id) { status progress { sent opened clicked } deliveries(first: 100) { edges { node { id email openedAt clickedAt } } } } }`,
      { id },
    );
    return { ...mailing, deliveries: mailing.deliveries.edges.map((edge) => edge.node) };
  }

  const get = (path: string) => request(testApp.app.getHttpServer()).get(path);

  function trackedLinks(mail: ReceivedMail): string[] {
    return [...String(mail.parsed.html).matchAll(TRACKED_LINK)].map((match) => unescapeHref(match[1]));
  }

  beforeAll(async () => {
    testApp = await createTestApp({ MAIL_FROM: 'Alliance Alerts <alerts@alliance.test>', MAIL_UNSUBSCRIBE_MAILTO: 'unsubscribe@alliance.test' });
    coordinator = await testApp.signedIn(Role.COORDINATOR);
  });

  afterAll(() => testApp.close());

  describe('a mailing that tracks', () => {
    let id: string;
    let first: ReceivedMail;
    let second: ReceivedMail;

    beforeAll(async () => {
      const sent = await sentMailing(true);
      id = sent.id;
      [first, second] = [...sent.mails.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, mail]) => mail);
    });

    it('should carry a pixel and wrap the web links of the body only, leaving the footer, mailto: and the text part alone', () => {
      const html = String(first.parsed.html);
      expect(html).toMatch(PIXEL);
      const links = trackedLinks(first);
      expect(links).toHaveLength(1);
      expect(new URL(links[0]).searchParams.get('u')).toBe(ACT('Reader'));
      expect(html).toContain('href="mailto:alerts@alliance.example"');
      expect(html).toMatch(/href="http:\/\/admin\.test\/api\/public\/unsubscribe\?token=[^"]+"/);
      expect(html).toMatch(/href="http:\/\/admin\.test\/preferences\?token=[^"]+"/);
      expect(first.parsed.text).toContain(`call your representative (${ACT('Reader')})`);
      expect(first.parsed.text).not.toMatch(TRACKING_URL);
      expect(first.raw).not.toMatch(/^List-Unsubscribe:.*\/api\/public\/t\//im);
      // Each recipient's links name their own delivery.
      expect(trackedLinks(second)[0]).not.toBe(links[0]);
    });

    it('should answer the pixel without caching and count an open once, however often it is fetched', async () => {
      const pixel = unescapeHref(PIXEL.exec(String(first.parsed.html))![1]);
      const firstOpens: (string | null)[] = [];
      for (let fetch = 0; fetch < 2; fetch++) {
        const response = await get(pathOf(pixel)).buffer(true);
        expect(response.status).toBe(200);
        expect(response.headers['content-type']).toBe('image/gif');
        expect(response.headers['cache-control']).toBe('no-store');
        expect((response.body as Buffer).subarray(0, 6).toString('latin1')).toBe('GIF89a');
        const { progress, deliveries } = await mailing(id);
        expect(progress).toEqual({ sent: 2, opened: 1, clicked: 0 });
        const opened = deliveries.find((delivery) => delivery.email === first.envelopeTo[0])!;
        expect(opened.clickedAt).toBeNull();
        firstOpens.push(opened.openedAt);
        await sleep(5);
      }
      expect(firstOpens[0]).not.toBeNull();
      expect(firstOpens[1]).toBe(firstOpens[0]);
    });

    it('should redirect a click to the link as written, count it once, and count the open of a mail whose images were blocked', async () => {
      for (const mail of [first, second, second]) {
        const response = await get(pathOf(trackedLinks(mail)[0]));
        expect(response.status).toBe(302);
        expect(response.headers.location).toBe(ACT('Reader'));
        expect(response.headers['cache-control']).toBe('no-store');
      }
      const { progress, deliveries } = await mailing(id);
      expect(progress).toEqual({ sent: 2, opened: 2, clicked: 2 });
      const clicked = deliveries.find((delivery) => delivery.email === second.envelopeTo[0])!;
      expect(clicked.openedAt).toBe(clicked.clickedAt);
    });

    it('should refuse a link whose destination or signature was changed, redirect nowhere and count nothing', async () => {
      const other = await sentMailing(true, 1);
      const link = new URL(trackedLinks([...other.mails.values()][0])[0]);
      const tampered = [new URL(link), new URL(link), new URL(link), new URL(link)];
      tampered[0].searchParams.set('u', 'https://evil.example/phish');
      tampered[1].searchParams.set('s', signClick(testApp.config.appSecret, '999999', ACT('Reader')));
      tampered[2].searchParams.delete('s');
      tampered[3].pathname = '/api/public/t/c/not-a-token';
      for (const url of tampered) {
        const response = await get(pathOf(url.toString()));
        expect(response.status).toBe(400);
        expect(response.headers.location).toBeUndefined();
        expect(response.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LINK_INVALID' });
      }
      expect((await mailing(other.id)).progress).toEqual({ sent: 1, opened: 0, clicked: 0 });
    });

    it('should answer the pixel for a forged token and count nothing', async () => {
      const before = (await mailing(id)).progress;
      const forged = signTrackingToken('another-secret-that-is-long-enough-for-it', '1');
      for (const path of [`/api/public/t/o/${forged}.gif`, '/api/public/t/o/nonsense.gif']) {
        const response = await get(path).buffer(true);
        expect(response.status).toBe(200);
        expect(response.headers['content-type']).toBe('image/gif');
      }
      expect((await mailing(id)).progress).toEqual(before);
    });
  });

  it('should refuse clicks from a client that sent too many bad links, and still answer its pixel without counting it', async () => {
    const { id, mails } = await sentMailing(true, 1);
    const [mail] = [...mails.values()];
    // Behind the reverse proxy: its own client address, so the rest of this file is not blocked.
    const from = (path: string) => get(path).set('X-Forwarded-For', '203.0.113.7');
    for (let attempt = 0; attempt < 30; attempt++) expect((await from('/api/public/t/c/forged.token?u=x&s=y')).status).toBe(400);
    const blocked = await from(pathOf(trackedLinks(mail)[0]));
    expect(blocked.status).toBe(429);
    const pixel = await from(pathOf(unescapeHref(PIXEL.exec(String(mail.parsed.html))![1]))).buffer(true);
    expect(pixel.status).toBe(200);
    expect(pixel.headers['content-type']).toBe('image/gif');
    expect((await mailing(id)).progress).toEqual({ sent: 1, opened: 0, clicked: 0 });
    // Another reader of the same mailing is not held back.
    expect((await get(pathOf(trackedLinks(mail)[0]))).status).toBe(302);
  });

  describe('a mailing that does not track', () => {
    it('should carry no tracking address anywhere, and record nothing even for tokens of its deliveries', async () => {
      const { id, mails } = await sentMailing(false, 1);
      const [mail] = [...mails.values()];
      expect(mail.raw).not.toMatch(TRACKING_URL);
      expect(mail.parsed.html).not.toContain('<img');
      expect(mail.parsed.html).toContain(`href="${ACT('Reader')}"`);

      const [delivery] = (await mailing(id)).deliveries;
      const token = signTrackingToken(testApp.config.appSecret, delivery.id);
      expect((await get(`/api/public/t/o/${token}.gif`)).status).toBe(200);
      const signature = signClick(testApp.config.appSecret, delivery.id, ACT('Reader'));
      const click = await get(`/api/public/t/c/${token}?u=${encodeURIComponent(ACT('Reader'))}&s=${signature}`);
      // Our own signature: the reader still reaches the page, but nothing is written down.
      expect(click.status).toBe(302);

      const after = await mailing(id);
      expect(after.progress).toEqual({ sent: 1, opened: null, clicked: null });
      expect(after.deliveries[0]).toMatchObject({ openedAt: null, clickedAt: null });
    });
  });
});
