import { AudienceRule } from '../audience-rule';

/**
 * The SQL that resolves an audience on a list into recipients, one row per lowercased address:
 *   contact_id uuid, email text (lowercased), preferred_language text,
 *   exclusion text: NULL (receives it) | 'SUPPRESSED' | 'UNSUBSCRIBED' | 'NO_CONSENT'
 * Parameters are appended to `params` and referenced as $n, so the caller can embed the SQL in a
 * larger statement (the count, or the INSERT that creates deliveries).
 */
export function recipientsSql(listId: string, rule: AudienceRule, params: unknown[]): string {
  void listId;
  void rule;
  void params;
  throw new Error('not implemented yet');
}
