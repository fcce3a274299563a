import { Language } from '@alliance/domain';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { anOrganisationRow, countriesMock, organisationsMock } from '../../../test/directory-fixtures';
import { aUser, meMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';

const advocate = aUser({ id: 'user-2', name: 'Jean Mukendi', role: 'ADVOCATE' });
const member = aUser({ id: 'user-3', name: 'Awa Traoré', role: 'MEMBER', organisationId: 'org-9' });

const dwag = anOrganisationRow();
const genocideWatch = anOrganisationRow({
  id: 'org-2',
  name: 'Genocide Watch',
  acronym: null,
  type: 'NGO',
  country: null,
  membershipStatus: 'PROSPECT',
  memberSince: null,
});

describe('OrganisationsPage', () => {
  it('should list organisations with their country in the UI language, status and member-since date', async () => {
    const french = aUser({ ...advocate, language: 'FR' });
    renderApp('/organisations', { language: Language.FR, mocks: [meMock(french), countriesMock(), organisationsMock([dwag, genocideWatch])] });

    const table = await screen.findByRole('table', { name: 'Organisations' });
    const row = within(table).getByRole('row', { name: /Darfur Women Action Group/ });
    expect(within(row).getByRole('link', { name: 'Darfur Women Action Group' })).toHaveAttribute('href', `/organisations/${dwag.id}`);
    expect(within(row).getByText('Soudan')).toBeInTheDocument();
    expect(within(row).getByText('Diaspora')).toBeInTheDocument();
    expect(within(row).getByText('Membre active')).toBeInTheDocument();
    expect(within(row).getByText('15 mars 2021')).toBeInTheDocument();
    expect(document.title).toBe('Organisations · Alliance CRM');
  });

  it('should read the filters and order from the address and ask the API for exactly those', async () => {
    renderApp('/organisations?q=darfur&country=SD&type=DIASPORA&status=ACTIVE&sort=memberSince&order=desc', {
      mocks: [
        meMock(advocate),
        countriesMock(),
        organisationsMock(
          [dwag],
          { search: 'darfur', countryCodes: ['SD'], types: ['DIASPORA'], membershipStatuses: ['ACTIVE'] },
          { field: 'MEMBER_SINCE', direction: 'DESC' },
        ),
      ],
    });

    const table = await screen.findByRole('table', { name: 'Organisations' });
    expect(within(table).getByRole('row', { name: /Darfur Women Action Group/ })).toBeInTheDocument();
    const filters = screen.getByRole('search', { name: 'Filter organisations' });
    expect(within(filters).getByRole('searchbox', { name: 'Search by name or acronym' })).toHaveValue('darfur');
    await waitFor(() => expect(within(filters).getByRole('combobox', { name: 'Country' })).toHaveValue('Sudan'));
    expect(within(filters).getByRole('combobox', { name: 'Type' })).toHaveTextContent('Diaspora');
    expect(within(filters).getByRole('combobox', { name: 'Membership status' })).toHaveTextContent('Active member');
    expect(within(table).getByRole('columnheader', { name: /Member since/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('should write the chosen filters and order to the address, so the view can be bookmarked', async () => {
    const { user, router } = renderApp('/organisations', {
      mocks: [
        meMock(advocate),
        countriesMock(),
        organisationsMock([dwag, genocideWatch]),
        organisationsMock([genocideWatch], { search: 'watch' }),
        organisationsMock([genocideWatch], { search: 'watch', types: ['NGO'] }),
        organisationsMock([genocideWatch], { search: 'watch', types: ['NGO'], countryCodes: ['RW'] }),
        organisationsMock([genocideWatch], { search: 'watch', types: ['NGO'], countryCodes: ['RW'] }, { field: 'NAME', direction: 'DESC' }),
      ],
    });

    const table = await screen.findByRole('table', { name: 'Organisations' });
    await user.type(screen.getByRole('searchbox', { name: 'Search by name or acronym' }), 'watch');
    await waitFor(() => expect(router.state.location.search).toBe('?q=watch'));

    await user.click(screen.getByRole('combobox', { name: 'Type' }));
    await user.click(await screen.findByRole('option', { name: 'NGO' }));
    await user.click(screen.getByRole('combobox', { name: 'Country' }));
    await user.click(await screen.findByRole('option', { name: 'Rwanda' }));
    await user.click(within(table).getByRole('button', { name: 'Name' }));

    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('order')).toBe('desc'));
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      q: 'watch',
      type: 'NGO',
      country: 'RW',
      order: 'desc',
    });
    expect(await within(table).findByRole('row', { name: /Genocide Watch/ })).toBeInTheDocument();
  });

  it('should offer a new organisation to an advocate, and say how to start when the directory is empty', async () => {
    renderApp('/organisations', { mocks: [meMock(advocate), countriesMock(), organisationsMock([])] });

    expect(await screen.findByText('No organisations yet. Add the first member organisation.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New organisation' })).toHaveAttribute('href', '/organisations/new');
  });

  it('should not offer a new organisation to a member representative', async () => {
    renderApp('/organisations', { mocks: [meMock(member), countriesMock(), organisationsMock([dwag])] });

    expect(await screen.findByRole('row', { name: /Darfur Women Action Group/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New organisation' })).not.toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Organisations' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Contacts' })).toBeInTheDocument();
  });

  it('should have a title, landmarks and labelled filters (no serious axe violations)', async () => {
    renderApp('/organisations', { mocks: [meMock(advocate), countriesMock(), organisationsMock([dwag, genocideWatch])] });

    expect(await screen.findByRole('table', { name: 'Organisations' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Organisations' })).toBeInTheDocument();
    expect(await seriousAxeViolations()).toEqual([]);
  });
});
