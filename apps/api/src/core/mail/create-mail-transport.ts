import type { AppConfig } from '../../config/app-config';
import { MailOutbox } from './mail-outbox';
import { MailTransport, SmtpMailTransport } from './mail-transport';
import { OutboxMailTransport } from './outbox-mail-transport';

/**
 * The one place a transport is made, for system mail and mailings alike: SMTP_URL when set, else the local outbox
 * (DATA_DIR/outbox). Each call makes its own, so mailings keep their SMTP pool apart from the system's mail.
 */
export function createMailTransport(config: AppConfig): MailTransport {
  if (config.SMTP_URL) return SmtpMailTransport.fromConfig(config);
  return new OutboxMailTransport(new MailOutbox(config.outboxDirectory), { dkim: config.dkim });
}
