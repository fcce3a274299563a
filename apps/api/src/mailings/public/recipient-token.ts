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

export function signRecipientToken(secret: string, payload: RecipientTokenPayload): string {
  void secret;
  void payload;
  throw new Error('not implemented yet');
}

export function verifyRecipientToken(secret: string, token: string): RecipientTokenPayload | null {
  void secret;
  void token;
  throw new Error('not implemented yet');
}

/** The List-Unsubscribe HTTPS address: POST unsubscribes at once (RFC 8058); GET leads to the preferences page. */
export function unsubscribeUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/api/public/unsubscribe?token=${encodeURIComponent(token)}`;
}

/** The public preferences page (no sign-in) reached from every mail's footer. */
export function preferencesUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/preferences?token=${encodeURIComponent(token)}`;
}
