import { generateKeyPairSync } from 'node:crypto';
import { SmtpSink } from '@alliance/testing';
import { SmtpMailTransport } from './mail-transport';

describe(SmtpMailTransport.name, () => {
  let sink: SmtpSink;

  beforeAll(async () => {
    sink = await new SmtpSink().start();
  });

  afterAll(() => sink.stop());

  const mail = (to: string) => ({ to, subject: 'Alert', html: '<p>Act now</p>', text: 'Act now', messageId: `<${to.replace('@', '.')}@alliance.test>` });

  it('should sign every message with DKIM when configured', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const transport = new SmtpMailTransport(sink.url, { poolConnections: 2, dkim: { domainName: 'alliance.test', keySelector: 'alerts2026', privateKey: pem } });
    try {
      await transport.send('Alerts <alerts@alliance.test>', mail('signed@example.org'));
    } finally {
      transport.close();
    }
    const received = await sink.waitForMessageTo('signed@example.org');
    const signature = received.parsed.headers.find((header) => header.key === 'dkim-signature')?.value ?? '';
    expect(signature).toMatch(/d=alliance\.test/);
    expect(signature).toMatch(/s=alerts2026/);
  });

  it('should not sign without DKIM settings, and keep the given Message-ID', async () => {
    const transport = new SmtpMailTransport(sink.url);
    try {
      await transport.send('Alerts <alerts@alliance.test>', mail('plain@example.org'));
    } finally {
      transport.close();
    }
    const received = await sink.waitForMessageTo('plain@example.org');
    expect(received.parsed.headers.some((header) => header.key === 'dkim-signature')).toBe(false);
    expect(received.parsed.messageId).toBe('<plain.example.org@alliance.test>');
  });

  it('should refuse a header value with a line break before anything is sent', async () => {
    const transport = new SmtpMailTransport(sink.url);
    try {
      await expect(transport.send('alerts@alliance.test', { ...mail('injected@example.org'), headers: { 'List-Id': 'a\r\nBcc: victim@example.org' } })).rejects.toThrow(/line break/);
    } finally {
      transport.close();
    }
  });
});
