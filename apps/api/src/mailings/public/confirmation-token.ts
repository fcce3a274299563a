import { bytesToUuid, openToken, sealToken, strictUtf8, uuidToBytes } from './signed-token';

/** The double opt-in link of the public subscribe form: whose subscriptions to which lists, until when. */
export interface ConfirmationTokenPayload {
  contactId: string;
  listIds: string[];
  email: string;
  expiresAt: Date;
}

const PURPOSE = 'mailing-subscription-confirmation';
const VERSION = 1;
export const MAX_CONFIRMATION_LISTS = 50;
const MAX_EMAIL_BYTES = 320;

/*
 * Payload, before base64url: version (1 byte), expiry in Unix seconds (4 bytes, big-endian), contact id
 * (16 bytes), number of lists (1 byte), the list ids (16 bytes each), then the address in UTF-8.
 */

export function signConfirmationToken(secret: string, payload: ConfirmationTokenPayload): string {
  if (payload.listIds.length === 0 || payload.listIds.length > MAX_CONFIRMATION_LISTS) throw new Error('A confirmation covers 1 to 50 lists');
  const email = Buffer.from(payload.email, 'utf8');
  if (email.length === 0 || email.length > MAX_EMAIL_BYTES) throw new Error('A confirmation needs an address of 1 to 320 bytes');
  const header = Buffer.alloc(5);
  header.writeUInt8(VERSION, 0);
  header.writeUInt32BE(Math.floor(payload.expiresAt.getTime() / 1000), 1);
  const lists = payload.listIds.map(uuidToBytes);
  return sealToken(secret, PURPOSE, Buffer.concat([header, uuidToBytes(payload.contactId), Buffer.from([lists.length]), ...lists, email]));
}

/** The payload of an authentic token, expired or not (the caller tells the two apart); null when forged or malformed. */
export function verifyConfirmationToken(secret: string, token: string): ConfirmationTokenPayload | null {
  const bytes = openToken(secret, PURPOSE, token);
  if (!bytes || bytes.length < 22 || bytes[0] !== VERSION) return null;
  const count = bytes[21];
  const emailStart = 22 + count * 16;
  if (count === 0 || count > MAX_CONFIRMATION_LISTS || bytes.length <= emailStart || bytes.length - emailStart > MAX_EMAIL_BYTES) return null;
  const email = strictUtf8(bytes.subarray(emailStart));
  if (email === null) return null;
  const listIds = Array.from({ length: count }, (_, index) => bytesToUuid(bytes.subarray(22 + index * 16, 38 + index * 16)));
  return {
    expiresAt: new Date(bytes.readUInt32BE(1) * 1000),
    contactId: bytesToUuid(bytes.subarray(5, 21)),
    listIds,
    email,
  };
}
