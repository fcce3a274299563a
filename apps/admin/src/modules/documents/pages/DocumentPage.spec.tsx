import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { aUser, meMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { REMOVE_ATTACHMENT_MUTATION } from '../graphql/remove-attachment.mutation';
import { aDocument, anAttachment, DOCUMENT_ID, documentMock, jsonResponse, OPEN_CAMPAIGN } from '../testing/document-fixtures';

const advocate = aUser({ id: 'user-2', name: 'Jean Mukendi', role: 'ADVOCATE' });
const member = aUser({ id: 'user-3', name: 'Awa Traoré', role: 'MEMBER', organisationId: 'org-9' });
const paper = aDocument();
const added = anAttachment('6c1d2e3f-0000-4000-8000-0000000000a2', 'Annex.pdf', { sizeBytes: 1_250_000 });

function fileChooser(): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('No file chooser on the page');
  return input;
}

// The first test of a file also loads the page's code and axe: more than the default budget on a busy machine.
describe('DocumentPage', { timeout: 30_000 }, () => {
  it('should render the Markdown text without its raw HTML, with the details and downloadable files', async () => {
    renderApp(`/documents/${DOCUMENT_ID}`, { mocks: [meMock(advocate), documentMock(paper)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'El Fasher: options for the Council' })).toBeInTheDocument();
    const text = screen.getByRole('region', { name: 'Text' });
    expect(within(text).getByRole('heading', { level: 3, name: 'Recommendations' })).toBeInTheDocument();
    expect(within(text).getByText('ICC').tagName).toBe('STRONG');
    expect(within(text).getByRole('link', { name: 'Source' })).toHaveAttribute('rel', 'noopener noreferrer');
    expect(text.querySelector('script')).toBeNull();
    expect(text).not.toHaveTextContent('alert');

    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByRole('link', { name: 'Darfur referral' })).toHaveAttribute('href', `/campaigns/${OPEN_CAMPAIGN.id}`);
    expect(details).toHaveTextContent('Written byJean Mukendi');
    const files = screen.getByRole('region', { name: 'Files' });
    const link = within(files).getByRole('link', { name: 'Options paper.pdf' });
    expect(link).toHaveAttribute('href', '/api/attachments/6c1d2e3f-0000-4000-8000-0000000000a1');
    expect(link).toHaveAttribute('download', 'Options paper.pdf');
    expect(files).toHaveTextContent('PDF · 245 kB · added Nov 2, 2026');
    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute('href', `/documents/${DOCUMENT_ID}/edit`);
    expect(await seriousAxeViolations()).toEqual([]);
  });

  it('should upload a file to the document and list it', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(jsonResponse(201, { ...added, documentId: DOCUMENT_ID, sha256: 'abc' }));
    const { user } = renderApp(`/documents/${DOCUMENT_ID}`, {
      mocks: [meMock(advocate), { ...documentMock(paper), maxUsageCount: 1 }, documentMock({ ...paper, attachments: [...paper.attachments, added] })],
    });

    const files = await screen.findByRole('region', { name: 'Files' });
    await user.upload(fileChooser(), new File(['%PDF-1.7'], 'Annex.pdf', { type: 'application/pdf' }));

    expect(await within(files).findByRole('link', { name: 'Annex.pdf' })).toBeInTheDocument();
    expect(await screen.findByText('Annex.pdf was added.')).toBeInTheDocument();
    const [url, init] = fetch.mock.calls[0] as [string, RequestInit];
    expect(url).toBe(`/api/documents/${DOCUMENT_ID}/attachments`);
    expect(init).toMatchObject({ method: 'POST', credentials: 'include', headers: { 'X-Requested-With': 'fetch' } });
    expect(((init.body as FormData).get('file') as File).name).toBe('Annex.pdf');
  });

  it('should say why the API refused a file: too large, or not a type it accepts', async () => {
    const tooLarge = 'must be at most 10 MiB (10485760 bytes)';
    const notPdf = 'is named .pdf but its content is not a PDF file (it looks like .exe)';
    vi.spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(jsonResponse(413, { message: `file: ${tooLarge}`, code: 'BAD_USER_INPUT', field: 'file', fields: [{ field: 'file', message: tooLarge }], limitBytes: 10485760 }))
      .mockResolvedValueOnce(jsonResponse(400, { message: `file: ${notPdf}`, code: 'BAD_USER_INPUT', field: 'file', fields: [{ field: 'file', message: notPdf }] }));
    const { user } = renderApp(`/documents/${DOCUMENT_ID}`, { mocks: [meMock(advocate), documentMock(paper)] });

    const files = await screen.findByRole('region', { name: 'Files' });
    await user.upload(fileChooser(), new File(['x'], 'Huge scan.pdf'));
    expect(await within(files).findByRole('alert')).toHaveTextContent('The file was not added. Must be at most 10 MiB (10485760 bytes)');
    await user.upload(fileChooser(), new File(['MZ'], 'setup.pdf'));
    await waitFor(() => expect(within(files).getByRole('alert')).toHaveTextContent(`The file was not added. Is named .pdf but its content is not a PDF file (it looks like .exe)`));
    expect(within(files).getAllByRole('listitem')).toHaveLength(1);
  });

  it('should remove a file after confirmation', async () => {
    const { user } = renderApp(`/documents/${DOCUMENT_ID}`, {
      mocks: [
        meMock(advocate),
        documentMock(paper),
        {
          request: { query: REMOVE_ATTACHMENT_MUTATION, variables: { id: paper.attachments[0].id } },
          result: { data: { removeAttachment: { __typename: 'Document', id: DOCUMENT_ID, attachments: [] } } },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Remove Options paper.pdf' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove Options paper.pdf?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove file' }));
    expect(await screen.findByText('Options paper.pdf was removed.')).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Files' })).getByText('No files yet.')).toBeInTheDocument());
  });

  it('should let members read and download, without changing anything', async () => {
    renderApp(`/documents/${DOCUMENT_ID}`, { mocks: [meMock(member), documentMock({ ...paper, status: 'PUBLISHED', createdBy: null })] });

    const files = await screen.findByRole('region', { name: 'Files' });
    expect(within(files).getByRole('link', { name: 'Options paper.pdf' })).toBeInTheDocument();
    expect(within(files).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Details' })).not.toHaveTextContent('Written by');
  });

  it('should say the document is not there when the API has none for the reader', async () => {
    renderApp(`/documents/${DOCUMENT_ID}`, { mocks: [meMock(member), documentMock(null, DOCUMENT_ID)] });
    expect(await screen.findByRole('heading', { name: 'Document not found' })).toBeInTheDocument();
  });
});
