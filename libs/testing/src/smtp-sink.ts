import { AddressInfo } from 'node:net';
import PostalMime, { Email } from 'postal-mime';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  envelopeTo: string[];
  raw: string;
  parsed: Email;
  /** When the sink had the whole message (Date.now()). */
  receivedAt: number;
}

/** An SMTP error the sink answers to RCPT TO for one address, e.g. 450 (try later) or 550 (no such user). */
export interface SinkRefusal {
  code: number;
  message: string;
  /** How many times it answers so before accepting (default: always). */
  times?: number;
}

/** A real SMTP server on loopback that keeps what it receives, for tests to read. */
export class SmtpSink {
  readonly messages: ReceivedMail[] = [];
  /** Every refusal answered, in order. */
  readonly refusals: { address: string; code: number }[] = [];
  /** Milliseconds taken before answering each message (after keeping it), to make the sink as slow as a real relay. */
  answerDelayMs = 0;
  private readonly waiters: (() => void)[] = [];
  private readonly server: SMTPServer;
  private readonly refusing = new Map<string, { code: number; message: string; remaining: number }>();
  port = 0;

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        const key = address.address.toLowerCase();
        const refusal = this.refusing.get(key);
        if (!refusal || refusal.remaining <= 0) return callback();
        refusal.remaining--;
        this.refusals.push({ address: key, code: refusal.code });
        callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          PostalMime.parse(raw)
            .then((parsed) => {
              this.messages.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), raw, parsed, receivedAt: Date.now() });
              this.waiters.splice(0).forEach((wake) => wake());
              if (this.answerDelayMs > 0) setTimeout(() => callback(), this.answerDelayMs);
              else callback();
            })
            .catch(callback);
        });
      },
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}?tls=off`;
  }

  /** Answers RCPT TO for this address with an SMTP error, `times` times or always. */
  refuse(address: string, refusal: SinkRefusal): void {
    this.refusing.set(address.toLowerCase(), { code: refusal.code, message: refusal.message, remaining: refusal.times ?? Infinity });
  }

  /** Resolves with the first message to `address` (waiting for it to arrive, up to the timeout). */
  async waitForMessageTo(address: string, timeoutMs = 10_000): Promise<ReceivedMail> {
    const found = await this.waitUntil(
      () => this.messages.find((m) => m.envelopeTo.some((to) => to.toLowerCase() === address.toLowerCase())),
      timeoutMs,
      () => `No mail to ${address} arrived within ${timeoutMs} ms`,
    );
    return found;
  }

  /** Resolves once at least `count` messages have arrived in all. */
  async waitForCount(count: number, timeoutMs = 10_000): Promise<void> {
    await this.waitUntil(() => this.messages.length >= count || undefined, timeoutMs, () => `Only ${this.messages.length} of ${count} mails arrived within ${timeoutMs} ms`);
  }

  private async waitUntil<T>(check: () => T | undefined, timeoutMs: number, failure: () => string): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = check();
      if (found !== undefined) return found;
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(failure());
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
