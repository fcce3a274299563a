import { DataSource } from 'typeorm';

/**
 * `count` new consenting contacts subscribed to the list, in one statement; addresses `<prefix>-<n>@readers.test`,
 * every `frenchEvery`-th one preferring French. Answers the addresses, sorted.
 */
export async function seedSubscribers(dataSource: DataSource, listId: string, count: number, prefix: string, frenchEvery = 3): Promise<string[]> {
  const rows: { address: string }[] = await dataSource.query(
    `WITH contact AS (
       INSERT INTO contacts (first_name, last_name, preferred_language, email_consent_status)
       SELECT 'Reader', $2 || '-' || n, CASE WHEN n % $4::integer = 0 THEN 'fr' ELSE 'en' END, 'GRANTED' FROM generate_series(1, $1::integer) n
       RETURNING id, last_name
     ), address AS (
       INSERT INTO contact_emails (contact_id, address, is_primary) SELECT id, lower(last_name) || '@readers.test', true FROM contact RETURNING contact_id, address
     ), subscription AS (
       INSERT INTO list_subscriptions (list_id, contact_id, status, consent_source, consent_at) SELECT $3, contact_id, 'SUBSCRIBED', 'signed sheet', now() FROM address
     )
     SELECT address::text FROM address ORDER BY address`,
    [count, prefix, listId, frenchEvery],
  );
  return rows.map((row) => row.address);
}
