import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { DocumentKind } from '../../gql/graphql';

/** A file of a document, as the API answers an upload. */
export interface UploadedAttachment {
  id: string;
  documentId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  downloadUrl: string;
  createdAt: string;
}

/** A document created from a file, with that file. */
export interface CreatedDocument {
  id: string;
  title: string;
  kind: DocumentKind;
  status: string;
  createdAt: string;
  attachment: UploadedAttachment;
}

export interface NewDocumentFromFile {
  file: File;
  title: string;
  kind: DocumentKind;
  campaignId?: string;
}

const STATUS_CODES: Record<number, string> = { 400: 'BAD_USER_INPUT', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 413: 'BAD_USER_INPUT' };

/**
 * The API's refusal in the shape of a GraphQL error, so forms read it as they read any other
 * (`useApiProblem`): BAD_USER_INPUT naming `file` when it is too large or not an accepted type.
 */
function refusal(status: number, body: Record<string, unknown> | null): CombinedGraphQLErrors {
  const code = typeof body?.code === 'string' ? body.code : (STATUS_CODES[status] ?? 'INTERNAL_SERVER_ERROR');
  const message = typeof body?.message === 'string' ? body.message : `HTTP ${status}`;
  return new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions: { ...(body ?? {}), code } }] });
}

async function postFile<T>(url: string, form: FormData): Promise<T> {
  // Network failures reject here, and read as "could not reach the server".
  const response = await fetch(url, {
    method: 'POST',
    body: form,
    credentials: 'include',
    // The API takes uploads only with this header, which other sites cannot send.
    headers: { 'X-Requested-With': 'fetch' },
  });
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (response.ok && body) return body as T;
  throw refusal(response.status, body);
}

/** Adds a file to a document. */
export function uploadAttachment(documentId: string, file: File): Promise<UploadedAttachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  return postFile(`/api/documents/${encodeURIComponent(documentId)}/attachments`, form);
}

/** Creates a draft document with the file as its first attachment, in one step. */
export function createDocumentFromFile({ file, title, kind, campaignId }: NewDocumentFromFile): Promise<CreatedDocument> {
  const form = new FormData();
  form.append('title', title);
  form.append('kind', kind);
  if (campaignId) form.append('campaignId', campaignId);
  form.append('file', file, file.name);
  return postFile('/api/documents', form);
}
