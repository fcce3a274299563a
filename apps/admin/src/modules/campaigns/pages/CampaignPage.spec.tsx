import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { aUser, meMock } from '../../../test/fixtures';
import { fillIn, renderApp } from '../../../test/render';
import { CONTACT_PICKER_OPTIONS_QUERY } from '../../relationships/graphql/contact-picker-options.query';
import { ADD_TARGET_MUTATION } from '../graphql/add-target.mutation';
import { CAMPAIGN_PARTICIPANTS_QUERY } from '../graphql/campaign-participants.query';
import { JOIN_CAMPAIGN_MUTATION } from '../graphql/join-campaign.mutation';
import { SET_PARTICIPATION_MUTATION } from '../graphql/set-participation.mutation';
import { UPDATE_CAMPAIGN_COMMITMENT_MUTATION } from '../graphql/update-campaign-commitment.mutation';
import { UPDATE_TARGET_MUTATION } from '../graphql/update-target.mutation';
import {
  aCampaign,
  aCommitment,
  aParticipation,
  aTarget,
  CAMPAIGN_ID,
  campaignMock,
  daysAgo,
  LEAD,
  openCommitmentsMock,
  PARTNER,
  participantsMock,
  POLICYMAKER,
  SECURITY_COUNCIL_TARGET,
  targetsMock,
  type CampaignTarget,
  type Participant,
} from '../testing/campaign-fixtures';

const analyst = aUser({ id: 'user-4', name: 'Lucie Martin', role: 'ANALYST' });
const advocate = aUser({ id: 'user-2', name: 'Jean Mukendi', role: 'ADVOCATE' });
const coordinator = aUser({ id: 'user-1', name: 'Amina Diallo', role: 'COORDINATOR' });
const member = aUser({ id: 'user-3', name: 'Awa Traoré', role: 'MEMBER', organisationId: PARTNER.id });

const reachedLately = aTarget();
const forgotten = aTarget({
  id: 'target-3',
  contactId: 'contact-9',
  contact: { __typename: 'Contact', id: 'contact-9', firstName: 'Barbara', lastName: 'Woodward' },
  priority: 'LOW',
  lastReachedAt: daysAgo(90),
  stance: 'OPPOSED',
});
const targets = [reachedLately, SECURITY_COUNCIL_TARGET, forgotten];
const lead = aParticipation(LEAD, { role: 'LEAD', joinedAt: '2026-01-15T09:00:00.000Z' });
const overdue = aCommitment();
const upcoming = aCommitment({ id: 'commitment-2', description: 'Send the draft text to the mission', dueDate: '2099-06-30', isOverdue: false });

/** Everything the page asks for, as staff see it. */
function staffPageMocks(commitments: Parameters<typeof openCommitmentsMock>[0] = [overdue, upcoming], shownTargets: Parameters<typeof targetsMock>[0] = targets) {
  return [campaignMock(aCampaign()), participantsMock([lead]), targetsMock(shownTargets, true), openCommitmentsMock(commitments)];
}

const rowOf = (table: HTMLElement, name: RegExp) => within(table).getByRole('row', { name });

describe('CampaignPage', () => {
  // The route loads the page lazily: load it once up front, so its first transform is not timed as part of a test.
  beforeAll(() => import('./CampaignPage'));

  it('should make targets not reached for a long time, and overdue commitments, stand out', async () => {
    renderApp(`/campaigns/${CAMPAIGN_ID}`, { mocks: [meMock(analyst), ...staffPageMocks()] });

    const table = await screen.findByRole('table', { name: 'Targets' });
    expect(rowOf(table, /Catherine Colonna/)).not.toHaveTextContent(/reached/i);
    expect(rowOf(table, /Catherine Colonna/)).toHaveTextContent('Supportive');
    expect(rowOf(table, /United Nations Security Council/)).toHaveTextContent('Never reached');
    expect(rowOf(table, /Barbara Woodward/)).toHaveTextContent('Not reached for 90 days');
    expect(within(screen.getByRole('region', { name: 'Targets' })).getByRole('status')).toHaveTextContent(
      'Targets not reached in over 60 days, or never: 2.',
    );

    const commitments = await screen.findByRole('table', { name: 'Open commitments' });
    expect(rowOf(commitments, /Raise El Fasher/)).toHaveTextContent('Overdue');
    expect(rowOf(commitments, /Send the draft text/)).not.toHaveTextContent('Overdue');
    expect(within(rowOf(commitments, /Raise El Fasher/)).getByRole('link', { name: 'Catherine Colonna' })).toHaveAttribute(
      'href',
      `/contacts/${POLICYMAKER.id}`,
    );
    expect(screen.queryByRole('combobox', { name: /Status of the commitment/ })).not.toBeInTheDocument();
  });

  it('should show the overview, who takes part, and lead to the task board and to logging a meeting', async () => {
    renderApp(`/campaigns/${CAMPAIGN_ID}`, { mocks: [meMock(analyst), ...staffPageMocks()] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Protect civilians in El Fasher' })).toBeInTheDocument();
    const overview = screen.getByRole('region', { name: 'Overview' });
    expect(within(overview).getByText('Extend the arms embargo to all of Sudan')).toBeInTheDocument();
    expect(within(overview).getByRole('link', { name: 'Darfur Women Action Group' })).toHaveAttribute('href', `/organisations/${LEAD.id}`);
    expect(within(overview).getByText('Jan 15, 2026 – Dec 31, 2026')).toBeInTheDocument();
    const participants = await screen.findByRole('table', { name: 'Organisations taking part' });
    expect(rowOf(participants, /Darfur Women Action Group/)).toHaveTextContent('LeadJan 15, 2026');
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'Task board' })).toHaveAttribute('href', `/campaigns/${CAMPAIGN_ID}/board`);
    // In the page's actions and atop its outreach timeline: both open the form with the campaign chosen.
    const logLinks = within(main).getAllByRole('link', { name: 'Log a meeting' });
    expect(logLinks.length).toBeGreaterThan(0);
    for (const link of logLinks) expect(link.getAttribute('href')).toMatch(new RegExp(`^/interactions/new\\?campaignId=${CAMPAIGN_ID}`));
    expect(within(main).queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(document.title).toBe('Protect civilians in El Fasher · Alliance CRM');
    expect(await seriousAxeViolations()).toEqual([]);
  });

  it('should let an advocate mark a commitment kept, which takes it off the open ones', async () => {
    let open = [overdue, upcoming];
    const { user } = renderApp(`/campaigns/${CAMPAIGN_ID}`, {
      mocks: [
        meMock(advocate),
        ...staffPageMocks(() => open),
        {
          request: { query: UPDATE_CAMPAIGN_COMMITMENT_MUTATION, variables: { input: { commitmentId: overdue.id, status: 'KEPT' } } },
          result: () => {
            open = [upcoming];
            return { data: { updateCommitment: { ...overdue, status: 'KEPT', isOverdue: false } } };
          },
        },
      ],
    });

    const status = await screen.findByRole('combobox', { name: `Status of the commitment: ${overdue.description}` });
    await user.selectOptions(status, 'Kept');

    expect(await screen.findByText(`“${overdue.description}” is now Kept.`)).toBeInTheDocument();
    const commitments = screen.getByRole('table', { name: 'Open commitments' });
    await waitFor(() => expect(within(commitments).queryByRole('row', { name: /Raise El Fasher/ })).not.toBeInTheDocument());
    expect(rowOf(commitments, /Send the draft text/)).toBeInTheDocument();
  });

  it('should let an advocate add a policymaker as a target', async () => {
    let shown: CampaignTarget[] = [reachedLately];
    const newcomer = { __typename: 'Contact' as const, id: 'contact-7', firstName: 'Nicolas', lastName: 'de Rivière' };
    const input = { campaignId: CAMPAIGN_ID, contactId: newcomer.id, priority: 'MEDIUM', stance: 'UNKNOWN', ask: 'Raise it at the Council' };
    const added = aTarget({ id: 'target-9', contactId: newcomer.id, contact: newcomer, priority: 'MEDIUM', ask: input.ask, stance: 'UNKNOWN', lastReachedAt: null });
    const { user } = renderApp(`/campaigns/${CAMPAIGN_ID}`, {
      mocks: [
        meMock(advocate),
        ...staffPageMocks([], () => shown),
        {
          request: { query: CONTACT_PICKER_OPTIONS_QUERY, variables: { first: 20, filter: {} } },
          result: { data: { contacts: { __typename: 'ContactConnection', edges: [{ __typename: 'ContactEdge', node: newcomer }] } } },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
        {
          request: { query: ADD_TARGET_MUTATION, variables: { input } },
          result: () => {
            shown = [reachedLately, added];
            return { data: { addTarget: added } };
          },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Add a target' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a target to Protect civilians in El Fasher' });
    await user.click(within(dialog).getByRole('combobox', { name: /^Policymaker/ }));
    await user.click(await screen.findByRole('option', { name: 'Nicolas de Rivière' }));
    await fillIn(user, within(dialog).getByRole('textbox', { name: 'Ask' }), input.ask);
    await user.click(within(dialog).getByRole('button', { name: 'Add target' }));

    expect(await screen.findByText('Nicolas de Rivière was added to the targets.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Targets' });
    await waitFor(() => expect(rowOf(table, /Nicolas de Rivière/)).toHaveTextContent('Never reached'));
  });

  it('should let an advocate record a new stance with why it changed', async () => {
    const update = vi.fn(() => ({ data: { updateTarget: { ...forgotten, stance: 'CHAMPION' as const } } }));
    const input = { targetId: forgotten.id, priority: 'LOW', ask: forgotten.ask, stance: 'CHAMPION', stanceNote: 'Voted for the resolution' };
    const { user } = renderApp(`/campaigns/${CAMPAIGN_ID}`, {
      mocks: [meMock(advocate), ...staffPageMocks([]), { request: { query: UPDATE_TARGET_MUTATION, variables: { input } }, result: update }],
    });

    await user.click(await screen.findByRole('button', { name: 'Edit target Barbara Woodward' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit target Barbara Woodward' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Stance' }));
    await user.click(await screen.findByRole('option', { name: 'Champion' }));
    await fillIn(user, within(dialog).getByRole('textbox', { name: 'Why the stance changed' }), input.stanceNote);
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Changes to Barbara Woodward were saved.')).toBeInTheDocument();
    expect(update).toHaveBeenCalledTimes(1);
    expect(rowOf(screen.getByRole('table', { name: 'Targets' }), /Barbara Woodward/)).toHaveTextContent('Champion');
  });

  it('should let a coordinator change the role of an organisation taking part', async () => {
    let participants: Participant[] = [lead];
    const { user } = renderApp(`/campaigns/${CAMPAIGN_ID}`, {
      mocks: [
        meMock(coordinator),
        ...staffPageMocks([]).filter((mock) => mock.request.query !== CAMPAIGN_PARTICIPANTS_QUERY),
        participantsMock(() => participants),
        {
          request: { query: SET_PARTICIPATION_MUTATION, variables: { input: { campaignId: CAMPAIGN_ID, organisationId: LEAD.id, role: 'PARTNER' } } },
          result: () => {
            const partner = aParticipation(LEAD, { id: 'participation-partner', role: 'PARTNER', joinedAt: '2026-03-02T10:00:00.000Z' });
            participants = [partner];
            const { organisation: _organisation, ...participation } = partner;
            return { data: { setParticipation: participation } };
          },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Change the role of Darfur Women Action Group' }));
    const dialog = screen.getByRole('dialog', { name: 'Change the role of Darfur Women Action Group' });
    await user.click(within(dialog).getByRole('combobox', { name: /^Role/ }));
    await user.click(await screen.findByRole('option', { name: 'Partner' }));
    await user.click(within(dialog).getByRole('button', { name: 'Change role' }));

    expect(await screen.findByText('Darfur Women Action Group takes part as Partner.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Organisations taking part' });
    await waitFor(() => expect(rowOf(table, /Darfur Women Action Group/)).toHaveTextContent('PartnerMar 2, 2026'));
  });

  it('should work for a member representative without stances or commitments, and let them join', async () => {
    const participants: Participant[] = [lead];
    const { user } = renderApp(`/campaigns/${CAMPAIGN_ID}`, {
      mocks: [
        meMock(member),
        campaignMock(aCampaign()),
        participantsMock(() => participants),
        targetsMock(targets, false),
        {
          request: { query: JOIN_CAMPAIGN_MUTATION, variables: { id: CAMPAIGN_ID } },
          result: () => {
            const joined = aParticipation(PARTNER, { id: 'participation-new', joinedAt: '2026-03-02T10:00:00.000Z' });
            participants.push(joined);
            const { organisation: _organisation, ...participation } = joined;
            return { data: { joinCampaign: participation } };
          },
        },
      ],
    });

    const table = await screen.findByRole('table', { name: 'Targets' });
    expect(within(table).queryByRole('columnheader', { name: 'Stance' })).not.toBeInTheDocument();
    expect(rowOf(table, /United Nations Security Council/)).toHaveTextContent('Never reached');
    expect(screen.queryByRole('region', { name: 'Open commitments' })).not.toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).queryByRole('link', { name: 'Log a meeting' })).not.toBeInTheDocument();
    expect(within(main).queryByRole('button', { name: 'Add a target' })).not.toBeInTheDocument();
    expect(within(main).getByRole('link', { name: 'Task board' })).toBeInTheDocument();

    const section = screen.getByRole('region', { name: 'Participants' });
    expect(within(section).getByText('Not taking part')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Join Protect civilians in El Fasher' }));

    expect(await screen.findByText('Your organisation joined Protect civilians in El Fasher.')).toBeInTheDocument();
    await waitFor(() => expect(within(section).getByText('Taking part as Supporter')).toBeInTheDocument());
    expect(rowOf(within(section).getByRole('table'), /Protection Approaches/)).toHaveTextContent('(your organisation)Supporter');
    expect(await seriousAxeViolations()).toEqual([]);
  });

  it('should say when the campaign cannot be seen', async () => {
    renderApp(`/campaigns/${CAMPAIGN_ID}`, { mocks: [meMock(member), campaignMock(null, CAMPAIGN_ID)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Campaign not found' })).toBeInTheDocument();
  });
});
