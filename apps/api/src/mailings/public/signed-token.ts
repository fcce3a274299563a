import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The envelope of the links mailed to recipients: `<payload>.<mac>`, both base64url, the MAC an
 * HMAC-SHA256 keyed with APP_SECRET over the purpose and the encoded payload. The purpose keeps one
 * kind of token from being accepted as another (a confirmation link is not an unsubscribe link).
 */
const BASE64URL = /^[A-Za-z0-9_-]+$/;
/** Far above any token this module makes; refuses oversized input before any work. */
const MAX_TOKEN_LENGTH = 2048;
const MAC_BYTES = 32;

function mac(secret: string, purpose: string, encodedPayload: string): Buffer {
  return createHmac('sha256', secret).update(`${purpose}.${encodedPayload}`).digest();
}

export function sealToken(secret: string, purpose: string, payload: Buffer): string {
  const encoded = payload.toString('base64url');
  return `${encoded}.${mac(secret, purpose, encoded).toString('base64url')}`;
}

/** The payload if the token was made by sealToken with this secret and purpose, unaltered; otherwise null. */
export function openToken(secret: string, purpose: string, token: unknown): Buffer | null {
  if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH) return null;
  const parts = token.split('.');
  if (parts.length !== 2) return null;
  const [encoded, signature] = parts;
  if (!BASE64URL.test(encoded) || !BASE64URL.test(signature)) return null;
  const given = Buffer.from(signature, 'base64url');
  // Re-encoding must give back the same text: no second spelling of the same MAC is accepted.
  if (given.length !== MAC_BYTES || given.toString('base64url') !== signature) return null;
  if (!timingSafeEqual(given, mac(secret, purpose, encoded))) return null;
  const payload = Buffer.from(encoded, 'base64url');
  return payload.toString('base64url') === encoded ? payload : null;
}

/** A UUID as its 16 bytes (the compact form in tokens). */
export function uuidToBytes(uuid: string): Buffer {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error('Not a UUID');
  return Buffer.from(hex, 'hex');
}

export function bytesToUuid(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** UTF-8 that decodes without replacement characters, or null. */
export function strictUtf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
