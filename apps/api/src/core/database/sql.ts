/** Escapes LIKE/ILIKE wildcards so user text matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * The accent- and case-insensitive text that trigram indexes cover: "Génocide" and "genocide" alike.
 * `f_unaccent` is an IMMUTABLE wrapper of unaccent() created by a migration, so it can be indexed.
 */
export function searchable(sqlExpression: string): string {
  return `f_unaccent(lower(${sqlExpression}))`;
}
