import nodemailer, { Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import type { AppConfig } from '../../config/app-config';
import { assertSingleLineHeaders, OutgoingMail, SentMail } from './outgoing-mail';

/** Where mail leaves the system: an SMTP relay, or the local outbox when there is none. */
export interface MailTransport {
  send(from: string, mail: OutgoingMail): Promise<SentMail>;
  verify(): Promise<boolean>;
  close(): void;
}

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

export interface SmtpTransportOptions {
  /** Connections kept open to the relay (default 5). */
  poolConnections?: number;
  /** Sign every message (DKIM), when configured. */
  dkim?: { domainName: string; keySelector: string; privateKey: string } | null;
}

export class SmtpMailTransport implements MailTransport {
  private readonly transporter: Transporter<SMTPPool.SentMessageInfo, SMTPPool.Options>;

  /** The transport the configuration describes: SMTP_URL, MAIL_POOL_CONNECTIONS and the DKIM settings. */
  static fromConfig(config: AppConfig): SmtpMailTransport {
    if (!config.SMTP_URL) throw new Error('SMTP_URL is not set: use createMailTransport, which falls back to the outbox');
    return new SmtpMailTransport(config.SMTP_URL, { poolConnections: config.MAIL_POOL_CONNECTIONS, dkim: config.dkim });
  }

  constructor(smtpUrl: string, options: SmtpTransportOptions = {}) {
    const url = new URL(smtpUrl);
    this.transporter = nodemailer.createTransport({
      pool: true,
      host: url.hostname,
      port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 587)),
      secure: url.protocol === 'smtps:',
      auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
      maxConnections: options.poolConnections ?? 5,
      // Reconnecting costs a handshake; relays that want fewer messages per connection close it, and the pool reopens.
      maxMessages: 1000,
      dkim: options.dkim ?? undefined,
      // Local catchers (Mailpit, test sinks) do not offer TLS; real relays negotiate STARTTLS when offered.
      ignoreTLS: url.searchParams.get('tls') === 'off',
    });
  }

  async send(from: string, mail: OutgoingMail): Promise<SentMail> {
    assertSingleLineHeaders(mail);
    const info = await this.transporter.sendMail({
      from,
      to: mail.to,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      headers: mail.headers,
      messageId: mail.messageId,
    });
    return { messageId: info.messageId, response: info.response };
  }

  async verify(): Promise<boolean> {
    try {
      return await this.transporter.verify();
    } catch {
      return false;
    }
  }

  close(): void {
    this.transporter.close();
  }
}
