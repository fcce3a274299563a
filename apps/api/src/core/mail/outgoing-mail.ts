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

/** Header names and values on one line each: a line break would let a value add headers of its own. */
export function assertSingleLineHeaders(mail: OutgoingMail): void {
  for (const [name, value] of Object.entries(mail.headers ?? {})) {
    if (/[\r\n]/.test(name) || /[\r\n]/.test(value)) throw new Error(`Header ${JSON.stringify(name)} contains a line break`);
  }
}

export interface SentMail {
  messageId: string;
  response: string;
}

/**
 * What an SMTP failure means for the delivery: `temporary` (a 4xx answer: try again later), `permanent` (a 5xx
 * answer: the receiving side refuses the address for good), or `connection` (no answer at all: the relay could
 * not be reached or dropped the connection; try again later).
 */
export type SmtpFailureKind = 'temporary' | 'permanent' | 'connection';

export interface SmtpFailure {
  kind: SmtpFailureKind;
  /** The SMTP reply code, when the server answered. */
  code: number | null;
  /** The server's answer, or the error, on one line, for the per-recipient view. */
  detail: string;
}

const MAX_DETAIL = 500;

/** Reads a transport error (nodemailer's responseCode/response, or a socket error) into what it means for the delivery. */
export function classifySmtpFailure(error: unknown): SmtpFailure {
  const failure = (error ?? {}) as { responseCode?: unknown; response?: unknown; message?: unknown; code?: unknown };
  const code = typeof failure.responseCode === 'number' && failure.responseCode >= 200 && failure.responseCode < 600 ? failure.responseCode : null;
  const answer = typeof failure.response === 'string' && failure.response.trim() ? failure.response : null;
  const message = typeof failure.message === 'string' ? failure.message : String(error);
  const detail = oneLine(answer ?? (typeof failure.code === 'string' ? `${failure.code}: ${message}` : message));
  // 503 is "bad sequence of commands": a protocol hiccup between client and server, not a verdict on the address.
  if (code !== null && code >= 500 && code !== 503) return { kind: 'permanent', code, detail };
  if (code !== null) return { kind: 'temporary', code, detail };
  return { kind: 'connection', code: null, detail };
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_DETAIL ? `${flat.slice(0, MAX_DETAIL - 1)}…` : flat;
}
