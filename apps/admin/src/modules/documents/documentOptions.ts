import { DocumentKind, DocumentStatus } from '@alliance/domain';
import type { DocumentKind as DocumentKindValue, DocumentStatus as DocumentStatusValue } from '../../gql/graphql';

export const DOCUMENT_KINDS: readonly DocumentKindValue[] = Object.values(DocumentKind);
export const DOCUMENT_STATUSES: readonly DocumentStatusValue[] = Object.values(DocumentStatus);

/** A document's page. */
export function documentPath(id: string): string {
  return `/documents/${id}`;
}

/** A file's size as the reader's language writes it: "820 kB", "2.4 MB". */
export function formatFileSize(bytes: number, language: string): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : bytes >= 1000 ? [bytes / 1000, 'kilobyte'] : [bytes, 'byte'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

/** The title a file suggests: its name without the extension. */
export function titleFromFileName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return (dot > 0 ? fileName.slice(0, dot) : fileName).trim();
}
