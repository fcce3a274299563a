/** The values a mailing may merge per recipient, written `{{firstName}}` (spaces inside the braces allowed). */
export const MERGE_FIELDS = ['firstName', 'lastName', 'fullName', 'email', 'organisationName'] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

const KNOWN = new Set<string>(MERGE_FIELDS);

/** Anything written as a merge field, known or not, so a typo is reported rather than sent as is. */
const ANY_FIELD = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function isMergeField(name: string): name is MergeField {
  return KNOWN.has(name);
}

/** The merge fields of a text that do not exist (each once, in order of appearance). */
export function unknownMergeFields(text: string): string[] {
  const unknown = new Set<string>();
  for (const [, name] of text.matchAll(ANY_FIELD)) {
    if (!KNOWN.has(name)) unknown.add(name);
  }
  return [...unknown];
}

/** "unknown merge field {{foo}}; use one of {{firstName}}, …" */
export function unknownMergeFieldMessage(names: readonly string[]): string {
  const listed = names.map((name) => `{{${name}}}`).join(', ');
  const known = MERGE_FIELDS.map((name) => `{{${name}}}`).join(', ');
  return `unknown merge field${names.length > 1 ? 's' : ''} ${listed}; use one of ${known}`;
}
