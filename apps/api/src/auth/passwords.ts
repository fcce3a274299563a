import { hash, verify, argon2id } from 'argon2';

/** argon2id with the library's defaults (OWASP-recommended memory and time cost). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { type: argon2id });
}

/** A hash of a random password: verified against when the email is unknown, so timing does not tell. */
let decoyHash: Promise<string> | null = null;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    decoyHash ??= hashPassword(`decoy-${Math.random()}`);
    await verify(await decoyHash, password);
    return false;
  }
  return verify(passwordHash, password);
}
