import { Language } from '@alliance/domain';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { countriesMock } from '../../../test/directory-fixtures';
import { aUser, meMock } from '../../../test/fixtures';
import {
  aPolicymaker,
  FRANCE_MISSION_ID,
  institutionNameMock,
  institutionOptionsMock,
  policymakersMock,
  SECURITY_COUNCIL,
  SECURITY_COUNCIL_ID,
  UNITED_NATIONS,
} from '../../../test/institution-fixtures';
import { renderApp } from '../../../test/render';

const analyst = aUser({ id: 'user-4', name: 'Lucie Martin', role: 'ANALYST' });
const ambassador = aPolicymaker();
const adviser = aPolicymaker({
  id: 'position-10',
  title: 'Political Coordinator',
  startDate: '2025-02-01',
  contact: { __typename: 'Contact', id: 'contact-10', firstName: 'Ama', lastName: 'Owusu' },
});

describe('PolicymakersPage', () => {
  it('should list who is in post, with their title, institution and since when, linking to each', async () => {
    renderApp('/policymakers', { mocks: [meMock(analyst), countriesMock(), policymakersMock([ambassador])] });

    const table = await screen.findByRole('table', { name: 'Policymakers' });
    const row = within(table).getByRole('row', { name: /Jérôme Bonnafont/ });
    expect(within(row).getByRole('link', { name: 'Jérôme Bonnafont' })).toHaveAttribute('href', '/contacts/contact-9');
    expect(within(row).getByText('Ambassador, Permanent Representative')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'Permanent Mission of France to the United Nations' })).toHaveAttribute(
      'href',
      `/institutions/${FRANCE_MISSION_ID}`,
    );
    expect(within(row).getByText('Jul 10, 2023')).toBeInTheDocument();
    expect(document.title).toBe('Policymakers · Alliance CRM');
  });

  it('should name institutions in French for a French reader', async () => {
    renderApp('/policymakers', { language: Language.FR, mocks: [meMock({ ...analyst, language: 'FR' }), countriesMock(), policymakersMock([ambassador])] });

    const table = await screen.findByRole('table', { name: 'Décideurs' });
    expect(within(table).getByRole('link', { name: 'Mission permanente de la France auprès des Nations Unies' })).toBeInTheDocument();
  });

  it('should read the filters from the address and ask the API for exactly those', async () => {
    renderApp(`/policymakers?institution=${SECURITY_COUNCIL_ID}&kind=PERMANENT_MISSION&country=RW`, {
      mocks: [
        meMock(analyst),
        countriesMock(),
        institutionNameMock(SECURITY_COUNCIL),
        policymakersMock([ambassador], { institutionId: SECURITY_COUNCIL_ID, institutionKinds: ['PERMANENT_MISSION'], countryCodes: ['RW'] }),
      ],
    });

    const table = await screen.findByRole('table', { name: 'Policymakers' });
    expect(within(table).getByRole('row', { name: /Jérôme Bonnafont/ })).toBeInTheDocument();
    const filters = screen.getByRole('search', { name: 'Filter policymakers' });
    await waitFor(() =>
      expect(within(filters).getByRole('combobox', { name: 'Institution' })).toHaveValue('United Nations Security Council (UNSC)'),
    );
    expect(within(filters).getByRole('combobox', { name: 'Kind of institution' })).toHaveTextContent('Permanent mission');
    await waitFor(() => expect(within(filters).getByRole('combobox', { name: 'Institution’s country' })).toHaveValue('Rwanda'));
  });

  it('should write the chosen institution and kind to the address, so the view can be bookmarked', async () => {
    const { user, router } = renderApp('/policymakers', {
      mocks: [
        meMock(analyst),
        countriesMock(),
        policymakersMock([ambassador, adviser]),
        institutionOptionsMock('', [UNITED_NATIONS, SECURITY_COUNCIL]),
        institutionOptionsMock('security', [SECURITY_COUNCIL]),
        policymakersMock([ambassador], { institutionId: SECURITY_COUNCIL_ID }),
        policymakersMock([ambassador], { institutionId: SECURITY_COUNCIL_ID, institutionKinds: ['PERMANENT_MISSION'] }),
      ],
    });

    const table = await screen.findByRole('table', { name: 'Policymakers' });
    expect(await within(table).findByRole('row', { name: /Ama Owusu/ })).toBeInTheDocument();
    await user.type(screen.getByRole('combobox', { name: 'Institution' }), 'security');
    await user.click(await screen.findByRole('option', { name: 'United Nations Security Council (UNSC)' }));
    await waitFor(() => expect(router.state.location.search).toBe(`?institution=${SECURITY_COUNCIL_ID}`));
    await waitFor(() => expect(within(table).queryByRole('row', { name: /Ama Owusu/ })).not.toBeInTheDocument());

    await user.click(screen.getByRole('combobox', { name: 'Kind of institution' }));
    await user.click(await screen.findByRole('option', { name: 'Permanent mission' }));
    await waitFor(() =>
      expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
        institution: SECURITY_COUNCIL_ID,
        kind: 'PERMANENT_MISSION',
      }),
    );
    expect(await within(table).findByRole('row', { name: /Jérôme Bonnafont/ })).toBeInTheDocument();
  });

  it('should have a title, landmarks and labelled filters (no serious axe violations)', async () => {
    renderApp('/policymakers', { mocks: [meMock(analyst), countriesMock(), policymakersMock([ambassador])] });

    expect(await screen.findByRole('table', { name: 'Policymakers' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Policymakers' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Policymakers' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).queryByRole('link', { name: 'Duplicates' })).not.toBeInTheDocument();
    expect(await seriousAxeViolations()).toEqual([]);
  });
});
