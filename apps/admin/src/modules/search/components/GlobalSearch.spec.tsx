import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { aUser, meMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { GLOBAL_SEARCH_QUERY } from '../graphql/global-search.query';

const advocate = aUser({ id: 'user-2', name: 'Jean Mukendi', role: 'ADVOCATE' });

const hit = (kind: 'CONTACT' | 'ORGANISATION' | 'INSTITUTION', id: string, label: string, score: number, detail: string | null = null) => ({
  __typename: 'SearchHit' as const,
  kind,
  id,
  label,
  detail,
  score,
});

/** "Amna", misspelt: the best hit is a contact, then an organisation, then another contact. */
const searchMock = {
  request: { query: GLOBAL_SEARCH_QUERY, variables: { query: 'Amna', first: 15 } },
  result: {
    data: {
      search: [
        hit('CONTACT', 'contact-1', 'Amina Diallo', 0.8),
        hit('ORGANISATION', 'organisation-1', 'Amnesty International', 0.5, 'AI'),
        hit('CONTACT', 'contact-2', 'Aminata Touré', 0.4),
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function searchBox() {
  return within(screen.getByRole('banner')).getByRole('combobox', { name: /Search/ });
}

describe('GlobalSearch', () => {
  it('should take the focus on "/" and on Ctrl+K, from anywhere but another field', async () => {
    const { user } = renderApp('/', { mocks: [meMock(advocate)] });
    await screen.findByRole('heading', { level: 1 });
    const box = searchBox();
    expect(box).not.toHaveFocus();

    await user.keyboard('/');
    expect(box).toHaveFocus();
    expect(box).toHaveValue('');

    box.blur();
    await user.keyboard('{Control>}k{/Control}');
    expect(box).toHaveFocus();
    expect(box).toHaveAttribute('aria-keyshortcuts', '/ Control+K');
  });

  it('should leave "/" to whoever is typing in another field', async () => {
    const { user } = renderApp('/', { mocks: [meMock(advocate)] });
    await screen.findByRole('heading', { level: 1 });
    // The language switch is a button: put a text field on the page instead, as forms do.
    const field = document.createElement('input');
    field.setAttribute('aria-label', 'Notes');
    document.body.append(field);

    await user.click(field);
    await user.keyboard('a/b');
    expect(field).toHaveFocus();
    expect(field).toHaveValue('a/b');
    expect(searchBox()).not.toHaveFocus();
    field.remove();
  });

  it('should list organisations, contacts and institutions grouped by kind, and open the best one on Enter', async () => {
    const { user, router } = renderApp('/', { mocks: [meMock(advocate), searchMock] });
    await screen.findByRole('heading', { level: 1 });

    await user.keyboard('/');
    await user.keyboard('Amna');
    const listbox = await screen.findByRole('listbox');
    await within(listbox).findByRole('option', { name: /Amina Diallo/ });
    expect(within(listbox).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Amina Diallo',
      'Aminata Touré',
      'Amnesty InternationalAI',
    ]);
    const contacts = within(listbox).getByRole('group', { name: 'Contacts' });
    expect(within(contacts).getAllByRole('option').map((option) => option.textContent)).toEqual(['Amina Diallo', 'Aminata Touré']);
    expect(within(listbox).getByRole('group', { name: 'Organisations' })).toBeInTheDocument();
    expect(await seriousAxeViolations()).toEqual([]);

    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/contacts/contact-1'));
    expect(searchBox()).toHaveValue('');
  });

  it('should open the record clicked', async () => {
    const { user, router } = renderApp('/', { mocks: [meMock(advocate), searchMock] });
    await screen.findByRole('heading', { level: 1 });

    await user.type(searchBox(), 'Amna');
    await user.click(await screen.findByRole('option', { name: /Amnesty International/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/organisations/organisation-1'));
  });

  it('should be a labelled search landmark in the banner (no serious axe violations)', async () => {
    renderApp('/', { mocks: [meMock(advocate)] });
    await screen.findByRole('heading', { level: 1 });

    expect(within(screen.getByRole('banner')).getByRole('search', { name: 'Search the directory' })).toBeInTheDocument();
    expect(await seriousAxeViolations()).toEqual([]);
  });
});
