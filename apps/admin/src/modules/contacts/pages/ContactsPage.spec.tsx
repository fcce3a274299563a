import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { aContactRow, contactsMock, countriesMock, ORGANISATION_ID } from '../../../test/directory-fixtures';
import { aUser, meMock } from '../../../test/fixtures';
import { fillIn, renderApp } from '../../../test/render';
import { ORGANISATION_NAME_QUERY } from '../../organisations/graphql/organisation-name.query';

const advocate = aUser({ id: 'user-2', name: 'Jean Mukendi', role: 'ADVOCATE' });
const analyst = aUser({ id: 'user-4', name: 'Lucie Martin', role: 'ANALYST' });

const organisationNameMock = {
  request: { query: ORGANISATION_NAME_QUERY, variables: { id: ORGANISATION_ID } },
  result: {
    data: { organisation: { __typename: 'Organisation', id: ORGANISATION_ID, name: 'Darfur Women Action Group', acronym: 'DWAG' } },
  },
};

describe('ContactsPage', () => {
  it('should list people by last name with their country and organisations', async () => {
    renderApp('/contacts', { mocks: [meMock(analyst), countriesMock(), contactsMock([aContactRow()])] });

    const table = await screen.findByRole('table', { name: 'Contacts' });
    const row = within(table).getByRole('row', { name: /Ahmadi/ });
    expect(within(row).getByRole('link', { name: 'Ahmadi' })).toHaveAttribute('href', `/contacts/${aContactRow().id}`);
    expect(within(row).getByText('Niemat')).toBeInTheDocument();
    expect(within(row).getByText('Sudan')).toBeInTheDocument();
    expect(within(row).getByText('Darfur Women Action Group (DWAG)')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New contact' })).not.toBeInTheDocument();
  });

  it('should read the search, country and organisation from the address, naming the organisation', async () => {
    renderApp(`/contacts?q=ahmadi&country=SD&organisation=${ORGANISATION_ID}`, {
      mocks: [
        meMock(analyst),
        countriesMock(),
        organisationNameMock,
        contactsMock([aContactRow()], { search: 'ahmadi', countryCodes: ['SD'], organisationId: ORGANISATION_ID }),
      ],
    });

    const table = await screen.findByRole('table', { name: 'Contacts' });
    expect(within(table).getByRole('row', { name: /Ahmadi/ })).toBeInTheDocument();
    const filters = screen.getByRole('search', { name: 'Filter contacts' });
    expect(within(filters).getByRole('searchbox', { name: 'Search by name or email' })).toHaveValue('ahmadi');
    await waitFor(() => expect(within(filters).getByRole('combobox', { name: 'Organisation' })).toHaveValue('Darfur Women Action Group (DWAG)'));
    expect(within(filters).getByRole('combobox', { name: 'Country' })).toHaveValue('Sudan');
  });

  it('should put a search in the address, and say what to do when nothing matches', async () => {
    const { user, router } = renderApp('/contacts', {
      mocks: [meMock(advocate), countriesMock(), contactsMock([aContactRow()]), contactsMock([], { search: 'nobody' })],
    });

    await screen.findByRole('row', { name: /Ahmadi/ });
    await fillIn(user, screen.getByRole('searchbox', { name: 'Search by name or email' }), 'nobody');

    expect(await screen.findByText('No contacts match these filters. Try another spelling or remove a filter.')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=nobody');
    expect(screen.getByRole('link', { name: 'New contact' })).toHaveAttribute('href', '/contacts/new');
  });

  it('should say how to start when the directory has no one yet (no serious axe violations)', async () => {
    renderApp('/contacts', { mocks: [meMock(advocate), countriesMock(), contactsMock([])] });

    expect(await screen.findByText('No contacts yet. Add the first person to the directory.')).toBeInTheDocument();
    expect(document.title).toBe('Contacts · Alliance CRM');
    expect(await seriousAxeViolations()).toEqual([]);
  });
});
