import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { aUser } from '../../../test/fixtures';
import { renderAsUser } from '../../../test/renderAsUser';
import { DOCUMENT_OPTIONS_QUERY } from '../graphql/document-options.query';
import { jsonResponse, OPEN_CAMPAIGN } from '../testing/document-fixtures';
import { DocumentPicker, type PickedDocument } from './DocumentPicker';

const advocate = aUser({ id: 'user-2', name: 'Jean Mukendi', role: 'ADVOCATE' });
const member = aUser({ id: 'user-3', name: 'Awa Traoré', role: 'MEMBER', organisationId: 'org-9' });
const option = (id: string, title: string) => ({ __typename: 'Document' as const, id, title, kind: 'OPTIONS_PAPER' as const });
const optionsMock = (search: string, nodes: ReturnType<typeof option>[]) => ({
  request: { query: DOCUMENT_OPTIONS_QUERY, variables: { first: 20, filter: search ? { search } : {} } },
  result: { data: { documents: { __typename: 'DocumentConnection', edges: nodes.map((node) => ({ __typename: 'DocumentEdge', node })) } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});
const PAPER = option('doc-1', 'El Fasher: options for the Council');
const LETTER = option('doc-2', 'Letter to the Council presidency');

/** The picker in a form that keeps what it picks, and shows it. */
function Harness({ initial = [], onPicked }: { initial?: PickedDocument[]; onPicked: (next: PickedDocument[]) => void }) {
  const [value, setValue] = useState<PickedDocument[]>(initial);
  return (
    <DocumentPicker
      value={value}
      campaignId={OPEN_CAMPAIGN.id}
      onChange={(next) => {
        setValue(next);
        onPicked(next);
      }}
    />
  );
}

// The first test of a file also loads MUI's autocomplete and axe: more than the default budget on a busy machine.
describe('DocumentPicker', { timeout: 30_000 }, () => {
  it('should pick documents by typing part of their title, several at once', async () => {
    const picked = vi.fn();
    const { user } = renderAsUser(<Harness initial={[{ id: LETTER.id, title: LETTER.title }]} onPicked={picked} />, advocate, {
      mocks: [optionsMock('', [PAPER, LETTER]), optionsMock('fasher', [PAPER])],
    });

    const box = screen.getByRole('combobox', { name: 'Documents handed over' });
    await user.type(box, 'fasher');
    await user.click(await screen.findByRole('option', { name: PAPER.title }));
    expect(picked).toHaveBeenLastCalledWith([
      { id: LETTER.id, title: LETTER.title },
      { id: PAPER.id, title: PAPER.title },
    ]);
    expect(screen.getByRole('button', { name: PAPER.title })).toBeInTheDocument();
    // The page around the picker (the interaction form) has its own title.
    document.title = 'Log a meeting';
    expect(await seriousAxeViolations()).toEqual([]);
  });

  it('should upload a file as a new document, titled after the file, and add it to the picks', async () => {
    const picked = vi.fn();
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      jsonResponse(201, { id: 'doc-9', title: 'Note d’orientation', kind: 'BRIEFING_NOTE', status: 'DRAFT', createdAt: '2026-11-20T10:00:00Z', attachment: {} }),
    );
    const { user } = renderAsUser(<Harness onPicked={picked} />, advocate);

    await user.click(screen.getByRole('button', { name: 'Upload a file' }));
    const dialog = await screen.findByRole('dialog', { name: 'Upload a file as a document' });
    await user.upload(dialog.querySelector('input[type="file"]') as HTMLInputElement, new File(['%PDF'], 'Note d’orientation.pdf'));
    expect(within(dialog).getByRole('textbox', { name: /^Title/ })).toHaveValue('Note d’orientation');
    await user.click(within(dialog).getByRole('combobox', { name: /^Kind/ }));
    await user.click(await screen.findByRole('option', { name: 'Briefing note' }));
    await user.click(within(dialog).getByRole('button', { name: 'Upload' }));

    await waitFor(() => expect(picked).toHaveBeenLastCalledWith([{ id: 'doc-9', title: 'Note d’orientation' }]));
    const [url, init] = fetch.mock.calls[0] as [string, RequestInit];
    const form = init.body as FormData;
    expect(url).toBe('/api/documents');
    expect([form.get('title'), form.get('kind'), form.get('campaignId'), (form.get('file') as File).name]).toEqual([
      'Note d’orientation',
      'BRIEFING_NOTE',
      OPEN_CAMPAIGN.id,
      'Note d’orientation.pdf',
    ]);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('should keep the dialog open with the API’s reason when the file is refused, and ask for a file first', async () => {
    const reason = 'must be at most 10 MiB (10485760 bytes)';
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      jsonResponse(413, { message: `file: ${reason}`, code: 'BAD_USER_INPUT', field: 'file', fields: [{ field: 'file', message: reason }] }),
    );
    const picked = vi.fn();
    const { user } = renderAsUser(<Harness onPicked={picked} />, advocate);

    await user.click(screen.getByRole('button', { name: 'Upload a file' }));
    const dialog = await screen.findByRole('dialog', { name: 'Upload a file as a document' });
    await user.click(within(dialog).getByRole('button', { name: 'Upload' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Choose the file to upload.');
    await user.upload(dialog.querySelector('input[type="file"]') as HTMLInputElement, new File(['x'], 'scan.pdf'));
    await user.click(within(dialog).getByRole('button', { name: 'Upload' }));
    expect(await within(dialog).findByText('Must be at most 10 MiB (10485760 bytes)')).toBeInTheDocument();
    expect(picked).not.toHaveBeenCalled();
  });

  it('should not offer member representatives an upload', () => {
    renderAsUser(<Harness onPicked={vi.fn()} />, member);
    expect(screen.getByRole('combobox', { name: 'Documents handed over' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Upload a file' })).not.toBeInTheDocument();
  });
});
