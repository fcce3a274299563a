/** A rendered message, ready for a transport. Addresses are plain strings; nodemailer encodes headers. */
export interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Extra headers (e.g. List-Unsubscribe). Values are single-line; newlines are refused. */
  headers?: Record<string, string>;
  /** Stable id so a retried send can be recognised downstream. */
  messageId?: string;
}

export interface SentMail {
  messageId: string;
  response: string;
}
