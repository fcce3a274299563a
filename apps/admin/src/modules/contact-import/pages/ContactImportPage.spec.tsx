import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { aUser, meMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import type { ImportReport } from '../csv/contactsCsvApi';

const advocate = aUser({ id: 'user-2', name: 'Jean Mukendi', role: 'ADVOCATE' });
const FILE = ['Prénom,Nom,E-mail,Pays,Organisation,Shoe size', 'Amina,Diallo,amina@example.org,SN,Protection Approaches,38', 'Bad,Email,not-an-email,,,'].join('\n');

function aReport(overrides: Partial<ImportReport> = {}): ImportReport {
  return { dryRun: true, committed: false, rows: 2, created: 2, updated: 0, skipped: 0, problemCount: 0, problems: [], ...overrides };
}

/** The API answering each import call with the next of these reports. */
function apiAnswering(...reports: ImportReport[]) {
  const fetch = vi.fn<typeof globalThis.fetch>();
  for (const report of reports) fetch.mockResolvedValueOnce(new Response(JSON.stringify(report), { status: 200 }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

async function chooseFile(user: ReturnType<typeof renderApp>['user'], text = FILE) {
  const input = await screen.findByLabelText('Choose a CSV file');
  await user.upload(input, new File([text], 'contacts.csv', { type: 'text/csv' }));
  return screen.findByRole('table', { name: 'Columns of the file' });
}

const fieldOf = (column: string) => screen.getByRole('combobox', { name: `Field filled by the column “${column}”` });

describe('ContactImportPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('should show the file’s columns with the obvious fields already chosen', async () => {
    const { user } = renderApp('/contacts/import', { mocks: [meMock(advocate)] });

    await chooseFile(user);
    expect(screen.getByText('contacts.csv (columns: 6)')).toBeInTheDocument();
    expect(fieldOf('Prénom')).toHaveTextContent('First name');
    expect(fieldOf('Nom')).toHaveTextContent('Last name');
    expect(fieldOf('E-mail')).toHaveTextContent('Email');
    expect(fieldOf('Pays')).toHaveTextContent('Country code');
    expect(fieldOf('Organisation')).toHaveTextContent('Organisation (existing name)');
    expect(fieldOf('Shoe size')).toHaveTextContent('Ignore');
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
  });

  it('should send the file and mapping for a dry run, list the problems, and keep Import disabled', async () => {
    const fetch = apiAnswering(
      aReport({
        created: 1,
        problemCount: 1,
        problems: [{ row: 3, column: 'E-mail', message: 'must be an email address, e.g. name@example.org' }],
      }),
    );
    const { user } = renderApp('/contacts/import', { mocks: [meMock(advocate)] });
    await chooseFile(user);

    await user.click(screen.getByRole('radio', { name: 'Skip the row' }));
    await user.click(screen.getByRole('button', { name: 'Check the file' }));

    const problems = await screen.findByRole('table', { name: 'Problems' });
    const rows = within(problems).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['3', 'E-mail', 'Must be an email address, e.g. name@example.org'],
    ]);
    expect(screen.getByText('Problems found: 1. Correct the file, choose it again and check it again.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();

    const [url, init] = fetch.mock.calls[0] ?? [];
    const query = new URL(String(url), 'http://localhost').searchParams;
    expect(new URL(String(url), 'http://localhost').pathname).toBe('/api/contacts/import');
    expect(JSON.parse(query.get('mapping') ?? '')).toEqual({
      Prénom: 'firstName',
      Nom: 'lastName',
      'E-mail': 'email',
      Pays: 'countryCode',
      Organisation: 'organisation',
    });
    expect(query.get('dryRun')).toBe('true');
    expect(query.get('onDuplicateEmail')).toBe('SKIP');
    expect(init).toMatchObject({ method: 'POST', credentials: 'include', headers: { 'Content-Type': 'text/csv' } });
    expect(init?.body).toBeInstanceOf(File);
  });

  it('should allow Import only after a check without problems, and show what was imported', async () => {
    const fetch = apiAnswering(aReport({ created: 1, updated: 1 }), aReport({ dryRun: false, committed: true, created: 1, updated: 1 }));
    const { user } = renderApp('/contacts/import', { mocks: [meMock(advocate)] });
    await chooseFile(user);

    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    expect(await screen.findByText('No problem found. You can import the file.')).toBeInTheDocument();
    const importButton = screen.getByRole('button', { name: 'Import' });
    expect(importButton).toBeEnabled();

    await user.click(importButton);
    expect(await screen.findByText('Import done.')).toBeInTheDocument();
    expect(new URL(String(fetch.mock.calls[1]?.[0]), 'http://localhost').searchParams.get('dryRun')).toBe('false');
    expect(screen.getByRole('link', { name: 'See the contacts' })).toHaveAttribute('href', '/contacts');
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
  });

  it('should ask for a new check when the mapping changes after one', async () => {
    apiAnswering(aReport());
    const { user } = renderApp('/contacts/import', { mocks: [meMock(advocate)] });
    await chooseFile(user);
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Import' })).toBeEnabled());

    await user.click(fieldOf('Shoe size'));
    await user.click(await screen.findByRole('option', { name: 'Notes' }));
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
  });

  it('should say why the API refused the whole file', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(
      new Response(
        JSON.stringify({
          message: 'body: The file is not valid CSV near line 3',
          code: 'BAD_USER_INPUT',
          field: 'body',
          fields: [{ field: 'body', message: 'The file is not valid CSV near line 3' }],
        }),
        { status: 400 },
      ),
    );
    vi.stubGlobal('fetch', fetch);
    const { user } = renderApp('/contacts/import', { mocks: [meMock(advocate)] });
    await chooseFile(user);

    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    expect(await screen.findByText('The file is not valid CSV near line 3')).toBeInTheDocument();
  });

  it('should have a title, landmarks and labelled controls (no serious axe violations)', async () => {
    const { user } = renderApp('/contacts/import', { mocks: [meMock(advocate)] });
    await chooseFile(user);

    expect(screen.getByRole('heading', { level: 1, name: 'Import contacts' })).toBeInTheDocument();
    expect(document.title).toBe('Import contacts · Alliance CRM');
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Import contacts' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Contacts' })).not.toHaveAttribute('aria-current');
    expect(await seriousAxeViolations()).toEqual([]);
  });

  it('should refuse the page to an analyst', async () => {
    renderApp('/contacts/import', { mocks: [meMock(aUser({ role: 'ANALYST' }))] });

    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeInTheDocument();
  });
});
