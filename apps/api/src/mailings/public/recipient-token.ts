import { bytesToUuid, openToken, sealToken, strictUtf8, uuidToBytes } from './signed-token';

/**
 * A signed, per-recipient token carried by every mailing's links (one-click unsubscribe, preferences page).
 * It proves the holder received mail at that address on that list; it reveals nothing without APP_SECRET
 * beyond what it carries, and cannot be forged or altered.
 */
export interface RecipientTokenPayload {
  contactId: string | null;
  listId: string;
  email: string;
  /** The delivery the link came from, when it came from a mailing. */
  deliveryId?: string;
}

const PURPOSE = 'mailing-recipient';
const VERSION = 1;
const HAS_CONTACT = 0b01;
const HAS_DELIVERY = 0b10;
const MAX_EMAIL_BYTES = 320;
const MAX_DELIVERY_ID = 2n ** 63n - 1n;

/*
 * Payload, before base64url: version (1 byte), flags (1 byte), list id (16 bytes), contact id (16 bytes,
 * when flagged), delivery id (8 bytes, big-endian, when flagged), then the address in UTF-8. Binary ids
 * keep the token short enough for a List-Unsubscribe header and a link in a plain-text part.
 */

export function signRecipientToken(secret: string, payload: RecipientTokenPayload): string {
  const email = Buffer.from(payload.email, 'utf8');
  if (email.length === 0 || email.length > MAX_EMAIL_BYTES) throw new Error('A recipient token needs an address of 1 to 320 bytes');
  const flags = (payload.contactId ? HAS_CONTACT : 0) | (payload.deliveryId !== undefined ? HAS_DELIVERY : 0);
  const parts = [Buffer.from([VERSION, flags]), uuidToBytes(payload.listId)];
  if (payload.contactId) parts.push(uuidToBytes(payload.contactId));
  if (payload.deliveryId !== undefined) {
    if (!/^\d{1,19}$/.test(payload.deliveryId) || BigInt(payload.deliveryId) > MAX_DELIVERY_ID) throw new Error('A delivery id is a positive 64-bit integer');
    const delivery = Buffer.alloc(8);
    delivery.writeBigUInt64BE(BigInt(payload.deliveryId));
    parts.push(delivery);
  }
  parts.push(email);
  return sealToken(secret, PURPOSE, Buffer.concat(parts));
}

export function verifyRecipientToken(secret: string, token: string): RecipientTokenPayload | null {
  const bytes = openToken(secret, PURPOSE, token);
  if (!bytes || bytes.length < 2 || bytes[0] !== VERSION || (bytes[1] & ~(HAS_CONTACT | HAS_DELIVERY)) !== 0) return null;
  const flags = bytes[1];
  let offset = 2;
  const take = (length: number): Buffer | null => {
    if (bytes.length < offset + length) return null;
    const slice = bytes.subarray(offset, offset + length);
    offset += length;
    return slice;
  };
  const list = take(16);
  const contact = flags & HAS_CONTACT ? take(16) : undefined;
  const delivery = flags & HAS_DELIVERY ? take(8) : undefined;
  if (!list || contact === null || delivery === null) return null;
  const emailBytes = bytes.subarray(offset);
  if (emailBytes.length === 0 || emailBytes.length > MAX_EMAIL_BYTES) return null;
  const email = strictUtf8(emailBytes);
  if (email === null) return null;
  return {
    contactId: contact ? bytesToUuid(contact) : null,
    listId: bytesToUuid(list),
    email,
    ...(delivery ? { deliveryId: delivery.readBigUInt64BE().toString() } : {}),
  };
}

/** The List-Unsubscribe HTTPS address: POST unsubscribes at once (RFC 8058); GET leads to the preferences page. */
export function unsubscribeUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/api/public/unsubscribe?token=${encodeURIComponent(token)}`;
}

/** The public preferences page (no sign-in) reached from every mail's footer. */
export function preferencesUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/preferences?token=${encodeURIComponent(token)}`;
}
