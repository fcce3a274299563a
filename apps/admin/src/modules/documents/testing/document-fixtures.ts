import type { MockLink } from '@apollo/client/testing';
import type { DocumentFieldsFragment, DocumentsFilter } from '../../../gql/graphql';
import { firstPageMock } from '../../../test/connection';
import { DOCUMENT_QUERY } from '../graphql/document.query';
import { DOCUMENTS_QUERY } from '../graphql/documents.query';

export const DOCUMENT_ID = '6c1d2e3f-0000-4000-8000-000000000001';
export const OPEN_CAMPAIGN = { __typename: 'Campaign' as const, id: '6c1d2e3f-0000-4000-8000-0000000000c1', name: 'Darfur referral' };
export const QUIET_CAMPAIGN = { __typename: 'Campaign' as const, id: '6c1d2e3f-0000-4000-8000-0000000000c2', name: 'Quiet diplomacy' };

export function anAttachment(id: string, fileName: string, overrides: Partial<DocumentFieldsFragment['attachments'][number]> = {}) {
  return {
    __typename: 'Attachment' as const,
    id,
    fileName,
    contentType: 'application/pdf',
    sizeBytes: 245_000,
    downloadUrl: `/api/attachments/${id}`,
    createdAt: '2026-11-02T09:30:00.000Z',
    ...overrides,
  };
}

export function aDocument(overrides: Partial<DocumentFieldsFragment> = {}): DocumentFieldsFragment {
  return {
    __typename: 'Document',
    id: DOCUMENT_ID,
    title: 'El Fasher: options for the Council',
    kind: 'OPTIONS_PAPER',
    status: 'DRAFT',
    updatedAt: '2026-11-03T10:00:00.000Z',
    createdAt: '2026-11-01T08:00:00.000Z',
    campaigns: [OPEN_CAMPAIGN],
    body: '# Recommendations\n\n1. Refer the situation to the **ICC**.\n\n<script>alert("x")</script>\n\n[Source](https://example.org/report)',
    createdBy: { __typename: 'User', id: 'user-2', name: 'Jean Mukendi' },
    attachments: [anAttachment('6c1d2e3f-0000-4000-8000-0000000000a1', 'Options paper.pdf')],
    ...overrides,
  };
}

/** The document query answering with this document (or nothing), as often as asked. */
export function documentMock(document: DocumentFieldsFragment | null, id = document?.id ?? DOCUMENT_ID): MockLink.MockedResponse {
  return { request: { query: DOCUMENT_QUERY, variables: { id } }, result: { data: { document } }, maxUsageCount: Number.POSITIVE_INFINITY };
}

/** The list's first page for a filter. */
export function documentsMock(documents: readonly DocumentFieldsFragment[], filter: DocumentsFilter = {}): MockLink.MockedResponse {
  const rows = documents.map(({ __typename, id, title, kind, status, updatedAt, campaigns }) => ({ __typename, id, title, kind, status, updatedAt, campaigns }));
  return firstPageMock(DOCUMENTS_QUERY, 'documents', 'Document', rows, filter);
}

/** Answers fetch once with this status and JSON body (the REST upload endpoints). */
export function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}
