import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { anOrganisation, countriesMock, ORGANISATION_ID, organisationMock } from '../../../test/directory-fixtures';
import { aUser, apiError, meMock } from '../../../test/fixtures';
import { fillIn, renderApp } from '../../../test/render';
import { CREATE_ORGANISATION_MUTATION } from '../graphql/create-organisation.mutation';
import { UPDATE_ORGANISATION_MUTATION } from '../graphql/update-organisation.mutation';

const advocate = aUser({ id: 'user-2', name: 'Jean Mukendi', role: 'ADVOCATE' });

/** What the form sends for a new NGO named Rwanda Peace Network, with these fields filled in too. */
function newOrganisationInput(filledIn: Record<string, unknown>) {
  return {
    name: 'Rwanda Peace Network',
    acronym: null,
    type: 'NGO',
    membershipStatus: 'PROSPECT',
    countryCode: null,
    city: null,
    website: null,
    description: null,
    focusAreas: [],
    languages: [],
    tags: [],
    ...filledIn,
  };
}
const ownMember = aUser({ id: 'user-3', name: 'Awa Traoré', role: 'MEMBER', organisationId: ORGANISATION_ID });

describe('NewOrganisationPage', () => {
  it('should create the organisation with the country picked by name, then open its page', async () => {
    const create = vi.fn(() => ({ data: { createOrganisation: anOrganisation({ id: 'org-new', name: 'Rwanda Peace Network' }) } }));
    const { user, router } = renderApp('/organisations/new', {
      mocks: [
        meMock(advocate),
        countriesMock(),
        {
          request: {
            query: CREATE_ORGANISATION_MUTATION,
            variables: { input: newOrganisationInput({ acronym: 'RPN', countryCode: 'RW', focusAreas: ['Memory'] }) },
          },
          result: create,
        },
        organisationMock(anOrganisation({ id: 'org-new', name: 'Rwanda Peace Network' })),
      ],
    });

    await fillIn(user, await screen.findByRole('textbox', { name: /^Name/ }), 'Rwanda Peace Network');
    await fillIn(user, screen.getByRole('textbox', { name: 'Acronym' }), 'RPN');
    await user.click(screen.getByRole('combobox', { name: 'Country' }));
    await user.click(await screen.findByRole('option', { name: 'Rwanda' }));
    await fillIn(user, screen.getByRole('combobox', { name: 'Focus areas' }), 'Memory');
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Create organisation' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/organisations/org-new'));
    expect(create).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Rwanda Peace Network was added to the directory.')).toBeInTheDocument();
  });

  it('should show a refused website under the website field (no serious axe violations)', async () => {
    const { user } = renderApp('/organisations/new', {
      mocks: [
        meMock(advocate),
        countriesMock(),
        {
          request: {
            query: CREATE_ORGANISATION_MUTATION,
            variables: { input: newOrganisationInput({ website: 'rpn.example.org' }) },
          },
          result: {
            errors: [
              apiError('BAD_USER_INPUT', 'website: must be a web address starting with https:// or http://', { field: 'website' }),
            ],
          },
        },
      ],
    });

    await fillIn(user, await screen.findByRole('textbox', { name: /^Name/ }), 'Rwanda Peace Network');
    await fillIn(user, screen.getByRole('textbox', { name: 'Website' }), 'rpn.example.org');
    await user.click(screen.getByRole('button', { name: 'Create organisation' }));

    const website = screen.getByRole('textbox', { name: 'Website' });
    await waitFor(() => expect(website).toHaveAccessibleDescription('Must be a web address starting with https:// or http://'));
    expect(website).toBeInvalid();
    expect(await seriousAxeViolations()).toEqual([]);
  });
});

describe('EditOrganisationPage', () => {
  it('should let a member representative save their own organisation’s profile', async () => {
    const organisation = anOrganisation();
    const update = vi.fn(() => ({ data: { updateOrganisation: { ...organisation, city: 'Nyala' } } }));
    const { user, router } = renderApp(`/organisations/${ORGANISATION_ID}/edit`, {
      mocks: [
        meMock(ownMember),
        countriesMock(),
        organisationMock(organisation),
        {
          request: {
            query: UPDATE_ORGANISATION_MUTATION,
            variables: {
              input: {
                id: ORGANISATION_ID,
                name: organisation.name,
                acronym: organisation.acronym,
                type: organisation.type,
                countryCode: organisation.countryCode,
                city: 'Nyala',
                website: organisation.website,
                description: organisation.description,
                focusAreas: organisation.focusAreas,
                languages: organisation.languages,
                tags: organisation.tags,
              },
            },
          },
          result: update,
        },
      ],
    });

    const city = await screen.findByRole('textbox', { name: 'City' });
    expect(screen.queryByRole('combobox', { name: 'Membership status' })).not.toBeInTheDocument();
    await user.clear(city);
    await fillIn(user, city, 'Nyala');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/organisations/${ORGANISATION_ID}`));
    expect(update).toHaveBeenCalledTimes(1);
  });
});
