import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { firstPageMock } from '../../../test/connection';
import { aUser, meMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { MAILINGS_QUERY } from '../graphql/mailings.query';
import { aMailing, aProgress } from '../testing/mailing-fixtures';

const coordinator = aUser();
const advocate = aUser({ id: 'user-3', name: 'Jean Mukendi', role: 'ADVOCATE' });

const sending = aMailing({
  status: 'SENDING',
  requestedRecipientCount: 1234,
  progress: aProgress({ total: 1234, queued: 617, sent: 600, suppressed: 17 }),
});
const draft = aMailing({
  id: 'mailing-2',
  name: 'Newsletter, November',
  status: 'DRAFT',
  listId: 'list-2',
  list: { __typename: 'MailingList', id: 'list-2', name: 'Newsletter' },
  createdAt: '2026-11-02T09:00:00Z',
});
/** Its list was deleted since. */
const orphan = aMailing({ id: 'mailing-3', name: 'Old appeal', status: 'FINISHED', listId: 'list-3', list: null, createdAt: '2026-10-02T09:00:00Z' });

describe('MailingsPage', () => {
  beforeAll(() => import('./MailingsPage'));

  it('should list mailings with their status, list, recipients and how many have left', async () => {
    renderApp('/mailings', { mocks: [meMock(coordinator), firstPageMock(MAILINGS_QUERY, 'mailings', 'Mailing', [sending, draft, orphan])] });

    const table = await screen.findByRole('table', { name: 'Mailings' });
    const row = within(table).getByRole('row', { name: /El Fasher/ });
    expect(within(row).getByRole('link', { name: 'El Fasher: call your representatives' })).toHaveAttribute('href', `/mailings/${sending.id}`);
    expect(row).toHaveTextContent('Sending');
    expect(await within(row).findByText('Action alerts')).toBeInTheDocument();
    expect(row).toHaveTextContent('1,234');
    expect(row).toHaveTextContent('600 of 1,234');
    expect(within(row).getByRole('progressbar', { name: 'Progress of El Fasher: call your representatives' })).toHaveAttribute('aria-valuenow', '50');
    expect(within(table).getByRole('row', { name: /Newsletter, November/ })).toHaveTextContent('DraftNewsletter—');
    expect(within(table).getByRole('row', { name: /Old appeal/ })).toHaveTextContent('Finished—');
    expect(screen.getByRole('link', { name: 'New mailing' })).toHaveAttribute('href', '/mailings/new');
    expect(await seriousAxeViolations()).toEqual([]);
  });

  it('should keep the search and status filters in the address, and offer advocates no new mailing', async () => {
    const { user, router } = renderApp('/mailings?status=SENDING', {
      mocks: [
        meMock(advocate),
        firstPageMock(MAILINGS_QUERY, 'mailings', 'Mailing', [sending], { statuses: ['SENDING'] }),
        firstPageMock(MAILINGS_QUERY, 'mailings', 'Mailing', [sending], { statuses: ['SENDING'], search: 'fasher' }),
      ],
    });

    const filters = await screen.findByRole('search', { name: 'Filter mailings' });
    expect(within(filters).getByRole('combobox', { name: 'Status' })).toHaveTextContent('Sending');
    await user.type(within(filters).getByRole('searchbox', { name: 'Search by name' }), 'fasher');
    await waitFor(() => expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({ status: 'SENDING', q: 'fasher' }));
    expect(await screen.findByRole('row', { name: /El Fasher/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New mailing' })).not.toBeInTheDocument();
  });
});
