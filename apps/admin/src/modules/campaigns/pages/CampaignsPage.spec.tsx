import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { aUser, meMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { JOIN_CAMPAIGN_MUTATION } from '../graphql/join-campaign.mutation';
import {
  aCampaign,
  aCampaignRow,
  aParticipation,
  CAMPAIGN_ID,
  campaignsMock,
  LEAD,
  OTHER_CAMPAIGN_ID,
  PARTNER,
  type Participant,
} from '../testing/campaign-fixtures';

const advocate = aUser({ id: 'user-2', name: 'Jean Mukendi', role: 'ADVOCATE' });
const analyst = aUser({ id: 'user-4', name: 'Lucie Martin', role: 'ANALYST' });
const member = aUser({ id: 'user-3', name: 'Awa Traoré', role: 'MEMBER', organisationId: PARTNER.id });

const elFasher = aCampaign();
const internal = aCampaign({
  id: OTHER_CAMPAIGN_ID,
  name: 'Accountability for Darfur',
  status: 'DRAFT',
  visibility: 'INTERNAL',
  startDate: null,
  endDate: null,
  leadOrganisationId: null,
  leadOrganisation: null,
});

describe('CampaignsPage', () => {
  // The route loads the page lazily: load it once up front, so its first transform is not timed as part of a test.
  beforeAll(() => import('./CampaignsPage'));

  it('should list campaigns with status, visibility, lead, dates and how many organisations take part', async () => {
    renderApp('/campaigns', {
      mocks: [meMock(advocate), campaignsMock([aCampaignRow(internal), aCampaignRow(elFasher, [aParticipation(LEAD, { role: 'LEAD' })])])],
    });

    const table = await screen.findByRole('table', { name: 'Campaigns' });
    const row = within(table).getByRole('row', { name: /Protect civilians in El Fasher/ });
    expect(within(row).getByRole('link', { name: 'Protect civilians in El Fasher' })).toHaveAttribute('href', `/campaigns/${CAMPAIGN_ID}`);
    expect(row).toHaveTextContent('Active');
    expect(row).toHaveTextContent('Open to members');
    expect(row).toHaveTextContent('Darfur Women Action Group');
    expect(row).toHaveTextContent('Jan 15, 2026 – Dec 31, 2026');
    expect(within(row).getAllByRole('cell').at(-1)).toHaveTextContent('1');
    expect(within(table).getByRole('row', { name: /Accountability for Darfur/ })).toHaveTextContent('DraftInternal (staff only)');
    expect(screen.getByRole('link', { name: 'New campaign' })).toHaveAttribute('href', '/campaigns/new');
  });

  it('should keep the search, status and "members can join" filters in the address', async () => {
    const { user, router } = renderApp('/campaigns?status=ACTIVE', {
      mocks: [
        meMock(analyst),
        campaignsMock([aCampaignRow()], { statuses: ['ACTIVE'] }),
        campaignsMock([aCampaignRow()], { statuses: ['ACTIVE'], openToMembers: true }),
        campaignsMock([aCampaignRow()], { statuses: ['ACTIVE'], openToMembers: true, search: 'fasher' }),
      ],
    });

    const filters = await screen.findByRole('search', { name: 'Filter campaigns' });
    expect(within(filters).getByRole('combobox', { name: 'Status' })).toHaveTextContent('Active');
    await user.click(within(filters).getByRole('checkbox', { name: 'Only campaigns members can join now' }));
    await user.type(within(filters).getByRole('searchbox', { name: 'Search by name' }), 'fasher');
    await waitFor(() =>
      expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({ status: 'ACTIVE', open: '1', q: 'fasher' }),
    );
    expect(await screen.findByRole('row', { name: /Protect civilians in El Fasher/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New campaign' })).not.toBeInTheDocument();
  });

  it('should let a member representative join a campaign for their organisation and see that it takes part', async () => {
    const participants: Participant[] = [aParticipation(LEAD, { role: 'LEAD' })];
    const { user } = renderApp('/campaigns', {
      mocks: [
        meMock(member),
        campaignsMock(() => [aCampaignRow(elFasher, participants)]),
        {
          request: { query: JOIN_CAMPAIGN_MUTATION, variables: { id: CAMPAIGN_ID } },
          result: () => {
            const joined = aParticipation(PARTNER, { id: 'participation-new', joinedAt: new Date().toISOString() });
            participants.push(joined);
            const { organisation: _organisation, ...participation } = joined;
            return { data: { joinCampaign: participation } };
          },
        },
      ],
    });

    const row = await screen.findByRole('row', { name: /Protect civilians in El Fasher/ });
    expect(row).toHaveTextContent('Not taking part');
    expect(row).not.toHaveTextContent('Open to members');
    await user.click(within(row).getByRole('button', { name: 'Join Protect civilians in El Fasher' }));

    expect(await screen.findByText('Your organisation joined Protect civilians in El Fasher.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('row', { name: /Protect civilians in El Fasher/ })).toHaveTextContent('Taking part as Supporter'));
    expect(screen.getByRole('button', { name: 'Leave Protect civilians in El Fasher' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New campaign' })).not.toBeInTheDocument();
    expect(await seriousAxeViolations()).toEqual([]);
  });

  it('should offer no Join on a campaign that is not active', async () => {
    renderApp('/campaigns', { mocks: [meMock(member), campaignsMock([aCampaignRow(aCampaign({ status: 'PAUSED' }))])] });

    const row = await screen.findByRole('row', { name: /Protect civilians in El Fasher/ });
    expect(row).toHaveTextContent('Paused');
    expect(within(row).queryByRole('button', { name: /Join/ })).not.toBeInTheDocument();
  });
});
