import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { apiError, aUser, meMock } from '../../../test/fixtures';
import { fillIn, renderApp } from '../../../test/render';
import { ORGANISATION_OPTIONS_QUERY } from '../../organisations/graphql/organisation-options.query';
import type { CampaignInputValues } from '../components/CampaignForm';
import { CREATE_CAMPAIGN_MUTATION } from '../graphql/create-campaign.mutation';
import { UPDATE_CAMPAIGN_MUTATION } from '../graphql/update-campaign.mutation';
import {
  aCampaign,
  CAMPAIGN_ID,
  campaignMock,
  LEAD,
  openCommitmentsMock,
  PARTNER,
  participantsMock,
  targetsMock,
} from '../testing/campaign-fixtures';

const advocate = aUser({ id: 'user-2', name: 'Jean Mukendi', role: 'ADVOCATE' });
const member = aUser({ id: 'user-3', name: 'Awa Traoré', role: 'MEMBER', organisationId: PARTNER.id });

const organisationOptionsMock = {
  request: { query: ORGANISATION_OPTIONS_QUERY, variables: { first: 20, filter: {} } },
  result: {
    data: {
      organisations: { __typename: 'OrganisationConnection', edges: [LEAD, PARTNER].map((node) => ({ __typename: 'OrganisationEdge', node })) },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** What the campaign's page asks for once the form has saved. */
const campaignPageMocks = (campaign = aCampaign()) => [
  campaignMock(campaign),
  participantsMock([], false, campaign.id),
  targetsMock([], true, campaign.id),
  openCommitmentsMock([], campaign.id),
];

const NEW_ID = '7c1d2e3f-4a5b-4c6d-8e9f-0000000000aa';

/** What the form sends when only the name is filled in. */
const blankCampaignInput: CampaignInputValues = {
  name: '',
  objective: null,
  asks: [],
  status: 'DRAFT',
  visibility: 'INTERNAL',
  startDate: null,
  endDate: null,
  leadOrganisationId: null,
};

const newCampaignInput: CampaignInputValues = {
  ...blankCampaignInput,
  name: 'Stop the sieges in Sudan',
  asks: ['Open humanitarian corridors', 'Brief the Council monthly'],
  visibility: 'MEMBERS',
  leadOrganisationId: LEAD.id,
};

describe('NewCampaignPage', () => {
  // The route loads the page lazily: load it once up front, so its first transform is not timed as part of a test.
  beforeAll(() => import('./CampaignFormPage'));

  it('should show the API’s reason under the field it names (no serious axe violations)', async () => {
    const input = { ...blankCampaignInput, name: 'Stop the sieges in Sudan', startDate: '2026-05-01', endDate: '2026-04-01' };
    const { user } = renderApp('/campaigns/new', {
      mocks: [
        meMock(advocate),
        {
          request: { query: CREATE_CAMPAIGN_MUTATION, variables: { input } },
          result: { errors: [apiError('BAD_USER_INPUT', 'endDate: must not be before the start date', { field: 'endDate' })] },
        },
      ],
    });

    await fillIn(user, await screen.findByRole('textbox', { name: /^Name/ }), input.name);
    fireEvent.change(screen.getByLabelText('Start date'), { target: { value: input.startDate } });
    const endDate = screen.getByLabelText('End date');
    fireEvent.change(endDate, { target: { value: input.endDate } });
    await user.click(screen.getByRole('button', { name: 'Create campaign' }));

    await waitFor(() => expect(endDate).toHaveAccessibleDescription('Must not be before the start date'));
    expect(endDate).toHaveAttribute('aria-invalid', 'true');
    expect(await seriousAxeViolations()).toEqual([]);
  });

  it('should create the campaign with its asks, visibility and lead, then open its page', async () => {
    const created = aCampaign({ ...newCampaignInput, id: NEW_ID, leadOrganisation: LEAD });
    const create = vi.fn(() => ({ data: { createCampaign: created } }));
    const { user, router } = renderApp('/campaigns/new', {
      mocks: [
        meMock(advocate),
        organisationOptionsMock,
        { request: { query: CREATE_CAMPAIGN_MUTATION, variables: { input: newCampaignInput } }, result: create },
        ...campaignPageMocks(created),
      ],
    });

    await fillIn(user, await screen.findByRole('textbox', { name: /^Name/ }), newCampaignInput.name);
    await fillIn(user, screen.getByRole('textbox', { name: 'Ask 1' }), newCampaignInput.asks[0] ?? '');
    await user.click(screen.getByRole('button', { name: 'Add an ask' }));
    await fillIn(user, screen.getByRole('textbox', { name: 'Ask 2' }), newCampaignInput.asks[1] ?? '');
    await user.click(screen.getByRole('combobox', { name: /^Visibility/ }));
    await user.click(await screen.findByRole('option', { name: 'Open to members' }));
    await user.click(screen.getByRole('combobox', { name: 'Lead organisation' }));
    await user.click(await screen.findByRole('option', { name: 'Darfur Women Action Group (DWAG)' }));
    await user.click(screen.getByRole('button', { name: 'Create campaign' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/campaigns/${NEW_ID}`));
    expect(create).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Stop the sieges in Sudan was created.')).toBeInTheDocument();
  });

  it('should not offer the form to a member representative', async () => {
    renderApp('/campaigns/new', { mocks: [meMock(member)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeInTheDocument();
  });
});

describe('EditCampaignPage', () => {
  it('should show the campaign as it is and save the changes', async () => {
    const campaign = aCampaign();
    const input = {
      id: CAMPAIGN_ID,
      name: campaign.name,
      objective: campaign.objective,
      asks: [campaign.asks[1]],
      status: 'PAUSED',
      visibility: 'MEMBERS',
      startDate: '2026-01-15',
      endDate: '2026-12-31',
      leadOrganisationId: LEAD.id,
    };
    const saved = aCampaign({ status: 'PAUSED', asks: [campaign.asks[1] ?? ''] });
    const { user, router } = renderApp(`/campaigns/${CAMPAIGN_ID}/edit`, {
      mocks: [
        meMock(advocate),
        ...campaignPageMocks(campaign),
        { request: { query: UPDATE_CAMPAIGN_MUTATION, variables: { input } }, result: { data: { updateCampaign: saved } } },
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: `Edit ${campaign.name}` })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveValue(campaign.name);
    expect(screen.getByRole('textbox', { name: 'Ask 2' })).toHaveValue(campaign.asks[1]);
    expect(screen.getByRole('combobox', { name: 'Lead organisation' })).toHaveValue('Darfur Women Action Group (DWAG)');
    const asks = screen.getByRole('group', { name: 'Asks' });
    await user.click(within(asks).getByRole('button', { name: 'Remove ask 1' }));
    await user.click(screen.getByRole('combobox', { name: /^Status/ }));
    await user.click(await screen.findByRole('option', { name: 'Paused' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/campaigns/${CAMPAIGN_ID}`));
    expect(await screen.findByText(`Changes to ${campaign.name} were saved.`)).toBeInTheDocument();
  });
});
