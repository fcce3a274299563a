import { createHmac, timingSafeEqual } from 'node:crypto';
import { openToken, sealToken } from './signed-token';

/**
 * Open and click tracking links name the delivery only: no address, no contact, no list. Whoever sees a
 * tracking URL (a mail provider's image proxy, a log, a link scanner) learns no more than a number, and
 * the MAC keeps it from being changed into another recipient's.
 */
const PURPOSE = 'mailing-tracking';
const CLICK_PURPOSE = 'mailing-click';
const VERSION = 1;
const MAX_DELIVERY_ID = 2n ** 63n - 1n;
/** 128 bits of HMAC-SHA256: ample against forgery, and keeps every tracked link shorter. */
const CLICK_SIGNATURE_BYTES = 16;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/* Payload, before base64url: version (1 byte), delivery id (8 bytes, big-endian). */

export function signTrackingToken(secret: string, deliveryId: string): string {
  if (!/^\d{1,19}$/.test(deliveryId) || BigInt(deliveryId) > MAX_DELIVERY_ID) throw new Error('A delivery id is a positive 64-bit integer');
  const payload = Buffer.alloc(9);
  payload.writeUInt8(VERSION, 0);
  payload.writeBigUInt64BE(BigInt(deliveryId), 1);
  return sealToken(secret, PURPOSE, payload);
}

/** The delivery id of an authentic tracking token; null when forged, altered or cut short. */
export function verifyTrackingToken(secret: string, token: unknown): string | null {
  const bytes = openToken(secret, PURPOSE, token);
  if (!bytes || bytes.length !== 9 || bytes[0] !== VERSION) return null;
  return bytes.readBigUInt64BE(1).toString();
}

function clickMac(secret: string, deliveryId: string, url: string): Buffer {
  return createHmac('sha256', secret).update(`${CLICK_PURPOSE}.${deliveryId}.${url}`).digest().subarray(0, CLICK_SIGNATURE_BYTES);
}

/** Binds a link's destination to the delivery it was mailed in: the click endpoint redirects only where we wrote. */
export function signClick(secret: string, deliveryId: string, url: string): string {
  return clickMac(secret, deliveryId, url).toString('base64url');
}

export function verifyClick(secret: string, deliveryId: string, url: unknown, signature: unknown): boolean {
  if (typeof url !== 'string' || typeof signature !== 'string' || !BASE64URL.test(signature)) return false;
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== CLICK_SIGNATURE_BYTES || given.toString('base64url') !== signature) return false;
  return timingSafeEqual(given, clickMac(secret, deliveryId, url));
}

/** GET: records the first open and answers a 1×1 transparent GIF. */
export function openPixelUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/api/public/t/o/${token}.gif`;
}

/** GET: records the first click and redirects to `url`. */
export function trackedLinkUrl(publicUrl: string, secret: string, token: string, deliveryId: string, url: string): string {
  return `${publicUrl}/api/public/t/c/${token}?u=${encodeURIComponent(url)}&s=${signClick(secret, deliveryId, url)}`;
}
