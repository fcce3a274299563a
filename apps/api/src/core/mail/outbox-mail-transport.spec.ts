import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MailOutbox } from './mail-outbox';
import { OutboxMailTransport } from './outbox-mail-transport';

describe(OutboxMailTransport.name, () => {
  let directory: string;
  let outbox: MailOutbox;
  let transport: OutboxMailTransport;

  beforeEach(() => {
    directory = mkdtempSync(path.join(tmpdir(), 'alliance-outbox-'));
    outbox = new MailOutbox(path.join(directory, 'outbox'));
    transport = new OutboxMailTransport(outbox);
  });

  afterEach(() => {
    transport.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const mail = (n: number) => ({
    to: `person${n}@example.org`,
    subject: `Alerte n° ${n}: agir maintenant`,
    html: `<p>Act <strong>now</strong> ${n}</p>`,
    text: `Act now ${n}`,
    headers: { 'List-Unsubscribe': '<https://crm.example.org/u>' },
    messageId: `<m${n}@alliance.test>`,
  });

  it('should keep each message as a complete .eml file, MIME built by nodemailer, and read it back', async () => {
    const sent = await transport.send('Alliance <alerts@alliance.test>', mail(1));
    expect(sent.messageId).toBe('<m1@alliance.test>');
    expect(sent.response).toMatch(/^250 kept in the local outbox as \d{13}-[0-9a-f]{12}\.eml$/);
    const files = readdirSync(path.join(directory, 'outbox'));
    expect(files).toEqual([expect.stringMatching(/^\d{13}-[0-9a-f]{12}\.eml$/)]);
    const { entries } = await outbox.list(10);
    const message = await outbox.read(entries[0].id);
    expect(message).toMatchObject({
      from: 'Alliance <alerts@alliance.test>',
      to: ['person1@example.org'],
      subject: 'Alerte n° 1: agir maintenant',
      html: expect.stringContaining('<strong>now</strong>'),
      text: expect.stringContaining('Act now 1'),
    });
    expect(message!.source).toMatch(/^List-Unsubscribe: <https:\/\/crm\.example\.org\/u>\r$/m);
    expect(message!.source).toMatch(/^Content-Type: multipart\/alternative/m);
  });

  it('should list newest first, a page at a time', async () => {
    for (let n = 1; n <= 3; n++) {
      await transport.send('alerts@alliance.test', mail(n));
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const first = await outbox.list(2);
    expect(first.totalCount).toBe(3);
    expect(first.hasNextPage).toBe(true);
    expect(first.entries.map((entry) => entry.to[0])).toEqual(['person3@example.org', 'person2@example.org']);
    const second = await outbox.list(2, first.entries[1].id);
    expect(second.entries.map((entry) => entry.to[0])).toEqual(['person1@example.org']);
    expect(second.hasNextPage).toBe(false);
  });

  it('should reach nothing but its own messages', async () => {
    expect(await outbox.read('../../etc/passwd')).toBeNull();
    expect(await outbox.read('0000000000000-000000000000')).toBeNull();
    expect((await outbox.list(5)).entries).toEqual([]);
  });

  it('should refuse a header value with a line break before anything is kept', async () => {
    await expect(transport.send('alerts@alliance.test', { ...mail(9), headers: { 'List-Id': 'a\r\nBcc: victim@example.org' } })).rejects.toThrow(/line break/);
    expect((await outbox.list(5)).totalCount).toBe(0);
  });
});
