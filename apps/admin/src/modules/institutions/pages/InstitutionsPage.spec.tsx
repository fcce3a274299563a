import { Language } from '@alliance/domain';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { countriesMock } from '../../../test/directory-fixtures';
import { apiError, aUser, meMock } from '../../../test/fixtures';
import {
  FRANCE_MISSION,
  institutionOptionsMock,
  institutionsMock,
  SECURITY_COUNCIL,
  UNITED_NATIONS,
  UN_ID,
} from '../../../test/institution-fixtures';
import { fillIn, renderApp } from '../../../test/render';
import { CREATE_INSTITUTION_MUTATION } from '../graphql/create-institution.mutation';

const advocate = aUser({ id: 'user-2', name: 'Jean Mukendi', role: 'ADVOCATE' });
const member = aUser({ id: 'user-3', name: 'Awa Traoré', role: 'MEMBER', organisationId: 'org-9' });
const FRANCE = { __typename: 'Country' as const, code: 'FR', nameEn: 'France', nameFr: 'France' };
const missionRow = { ...FRANCE_MISSION, country: FRANCE };
const rows = [missionRow, { ...SECURITY_COUNCIL, country: null }];

describe('InstitutionsPage', () => {
  it('should list institutions by their name in the reader’s language, with acronym, kind and country', async () => {
    renderApp('/institutions', { language: Language.FR, mocks: [meMock({ ...member, language: 'FR' }), countriesMock(), institutionsMock(rows)] });

    const table = await screen.findByRole('table', { name: 'Institutions' });
    const council = within(table).getByRole('row', { name: /Conseil de sécurité/ });
    expect(within(council).getByRole('link', { name: 'Conseil de sécurité des Nations Unies' })).toHaveAttribute(
      'href',
      `/institutions/${SECURITY_COUNCIL.id}`,
    );
    expect(within(council).getByText('UNSC')).toBeInTheDocument();
    expect(within(council).getByText('Organe de l’ONU')).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Mission permanente de la France/ })).toHaveTextContent('Mission permanente');
    expect(screen.queryByRole('link', { name: 'Nouvelle institution' })).not.toBeInTheDocument();
  });

  it('should keep the search, kind and country in the address', async () => {
    const { user, router } = renderApp('/institutions?kind=PERMANENT_MISSION', {
      mocks: [
        meMock(advocate),
        countriesMock(),
        institutionsMock([missionRow], { kinds: ['PERMANENT_MISSION'] }),
        institutionsMock([missionRow], { kinds: ['PERMANENT_MISSION'], search: 'france' }),
      ],
    });

    const filters = await screen.findByRole('search', { name: 'Filter institutions' });
    expect(within(filters).getByRole('combobox', { name: 'Kind' })).toHaveTextContent('Permanent mission');
    await user.type(within(filters).getByRole('searchbox', { name: 'Search by name or acronym' }), 'france');
    await waitFor(() =>
      expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({ kind: 'PERMANENT_MISSION', q: 'france' }),
    );
    expect(await screen.findByRole('row', { name: /Permanent Mission of France/ })).toBeInTheDocument();
    expect(await seriousAxeViolations()).toEqual([]);
  });

  it('should create an institution under its parent, showing the API’s reason under the field it names', async () => {
    const input = {
      name: 'Human Rights Committee',
      nameFr: 'Comité des droits de l’homme',
      acronym: 'CCPR',
      kind: 'UN_ORGAN',
      parentId: UN_ID,
      countryCode: null,
      website: 'ohchr.org',
    };
    const created = {
      __typename: 'Institution',
      id: 'new-institution',
      ...input,
      website: 'https://www.ohchr.org/en/treaty-bodies/ccpr',
      country: null,
      parent: UNITED_NATIONS,
    };
    const { user, router } = renderApp('/institutions/new', {
      mocks: [
        meMock(advocate),
        countriesMock(),
        institutionOptionsMock('', [UNITED_NATIONS, SECURITY_COUNCIL]),
        {
          request: { query: CREATE_INSTITUTION_MUTATION, variables: { input } },
          result: { errors: [apiError('BAD_USER_INPUT', 'website: must be a web address starting with https://', { field: 'website' })] },
        },
        {
          request: { query: CREATE_INSTITUTION_MUTATION, variables: { input: { ...input, website: created.website } } },
          result: { data: { createInstitution: created } },
        },
      ],
    });

    await fillIn(user, await screen.findByRole('textbox', { name: /^Name \(English\)/ }), input.name);
    await fillIn(user, screen.getByRole('textbox', { name: 'Name in French' }), input.nameFr);
    await fillIn(user, screen.getByRole('textbox', { name: 'Acronym' }), input.acronym);
    await user.click(screen.getByRole('combobox', { name: 'Part of' }));
    await user.click(await screen.findByRole('option', { name: 'United Nations (UN)' }));
    const website = screen.getByRole('textbox', { name: 'Website' });
    await fillIn(user, website, input.website);
    await user.click(screen.getByRole('button', { name: 'Create institution' }));
    await waitFor(() => expect(website).toHaveAccessibleDescription('Must be a web address starting with https://'));

    await user.clear(website);
    await fillIn(user, website, created.website);
    await user.click(screen.getByRole('button', { name: 'Create institution' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/institutions/new-institution'));
  });
});
