import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random, URL-safe token (256 bits) for sessions and invitation links. */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What the database keeps instead of a token: a keyed hash, so that a leaked table neither reveals
 * live tokens nor lets anyone forge one without APP_SECRET.
 */
export function hashToken(secret: string, purpose: string, token: string): string {
  return createHmac('sha256', secret).update(`${purpose}:${token}`).digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
