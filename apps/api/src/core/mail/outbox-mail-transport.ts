import nodemailer, { Transporter } from 'nodemailer';
import type StreamTransport from 'nodemailer/lib/stream-transport';
import { MailOutbox } from './mail-outbox';
import type { MailTransport } from './mail-transport';
import { assertSingleLineHeaders, OutgoingMail, SentMail } from './outgoing-mail';

/**
 * Mail without SMTP: nodemailer builds the message exactly as it would for a relay (MIME, encodings, DKIM when
 * configured), and the outbox keeps it as an .eml file. Nothing leaves the machine.
 */
export class OutboxMailTransport implements MailTransport {
  private readonly composer: Transporter<StreamTransport.SentMessageInfo, StreamTransport.Options>;

  constructor(
    readonly outbox: MailOutbox,
    options: { dkim?: { domainName: string; keySelector: string; privateKey: string } | null } = {},
  ) {
    this.composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows', dkim: options.dkim ?? undefined });
  }

  async send(from: string, mail: OutgoingMail): Promise<SentMail> {
    assertSingleLineHeaders(mail);
    const info = await this.composer.sendMail({
      from,
      to: mail.to,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      headers: mail.headers,
      messageId: mail.messageId,
    });
    const id = await this.outbox.keep(info.message as Buffer);
    return { messageId: info.messageId, response: `250 kept in the local outbox as ${id}.eml` };
  }

  async verify(): Promise<boolean> {
    return true;
  }

  close(): void {
    this.composer.close();
  }
}
