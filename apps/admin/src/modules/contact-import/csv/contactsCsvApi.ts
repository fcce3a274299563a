import type { ApiErrorCode } from '../../../app/graphql/api-errors';
import type { ContactsFilter } from '../../../gql/graphql';
import type { ImportField } from './importFields';

/** What to do with a row whose email belongs to a contact already in the directory. */
export const DUPLICATE_EMAIL_ACTIONS = ['UPDATE', 'SKIP', 'CREATE'] as const;
export type DuplicateEmailAction = (typeof DUPLICATE_EMAIL_ACTIONS)[number];

export interface ImportProblem {
  /** The line of the file, the header being line 1. */
  row: number;
  column: string;
  message: string;
}

/** The API's answer to an import, dry run or not. */
export interface ImportReport {
  dryRun: boolean;
  committed: boolean;
  rows: number;
  created: number;
  updated: number;
  skipped: number;
  problemCount: number;
  /** The first problems; problemCount counts them all. */
  problems: ImportProblem[];
}

export interface ImportRequest {
  file: Blob;
  mapping: Record<string, ImportField>;
  onDuplicateEmail: DuplicateEmailAction;
  dryRun: boolean;
}

/** Why the API refused the file as a whole: its code, and for bad input the reasons it gave. */
export class ImportRefused extends Error {
  constructor(
    readonly code: ApiErrorCode | 'NETWORK' | 'UNKNOWN',
    readonly reasons: string[] = [],
  ) {
    super(code);
  }
}

const KNOWN_CODES: readonly string[] = ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN'];

/**
 * Sends the file, as it is, to the API's import endpoint: a dry run reports what would happen, a real run commits
 * only when no row has a problem.
 */
export async function importContacts({ file, mapping, onDuplicateEmail, dryRun }: ImportRequest): Promise<ImportReport> {
  const query = new URLSearchParams({ mapping: JSON.stringify(mapping), dryRun: String(dryRun), onDuplicateEmail });
  let response: Response;
  try {
    response = await fetch(`/api/contacts/import?${query.toString()}`, {
      method: 'POST',
      body: file,
      headers: { 'Content-Type': 'text/csv' },
      credentials: 'include',
    });
  } catch {
    throw new ImportRefused('NETWORK');
  }
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (response.ok && body) return body as unknown as ImportReport;
  const code = typeof body?.code === 'string' && KNOWN_CODES.includes(body.code) ? (body.code as ApiErrorCode) : 'UNKNOWN';
  const fields = Array.isArray(body?.fields) ? (body.fields as Array<{ message?: unknown }>) : [];
  const reasons = fields.flatMap((field) => (typeof field.message === 'string' ? [field.message] : []));
  throw new ImportRefused(code, reasons);
}

/** The address of the CSV export of the contacts a list's filter matches. */
export function contactsExportUrl(filter: ContactsFilter = {}): string {
  return Object.keys(filter).length > 0
    ? `/api/contacts/export.csv?${new URLSearchParams({ filter: JSON.stringify(filter) }).toString()}`
    : '/api/contacts/export.csv';
}
