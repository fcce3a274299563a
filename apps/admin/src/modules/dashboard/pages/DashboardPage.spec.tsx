import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { apiError, aUser, meMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { aStaffDashboard, DARFUR_CAMPAIGN_ID, dashboardMock, memberCampaignsMock, memberOpenTasksMock } from '../dashboard-fixtures';
import { DASHBOARD_QUERY } from '../graphql/dashboard.query';

const advocate = aUser({ id: 'user-2', name: 'Jean Mukendi', role: 'ADVOCATE' });
const member = aUser({ id: 'user-3', name: 'Awa Traoré', role: 'MEMBER', organisationId: 'org-9' });

/** jsdom lays nothing out: the charts measure their container, so give it a size and let them observe it. */
function stubChartLayout() {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  const getComputedStyle = window.getComputedStyle.bind(window);
  vi.spyOn(window, 'getComputedStyle').mockImplementation((element, pseudo) => {
    const style = getComputedStyle(element, pseudo);
    if (!(element instanceof HTMLElement) || !element.className.toString().includes('MuiChartsLayerContainer')) return style;
    return new Proxy(style, {
      get: (target, key) => {
        if (key === 'width') return '600px';
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  });
}

describe('DashboardPage', { timeout: 40_000 }, () => {
  // The page is loaded lazily: transform it once up front rather than within the first test's wait.
  beforeAll(async () => {
    await import('./DashboardPage');
  }, 60_000);

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-20T10:00:00.000Z'));
    stubChartLayout();
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('should show staff each active campaign’s progress, the overdue tasks and the latest interactions', async () => {
    renderApp('/', { mocks: [meMock(advocate), dashboardMock()] });

    const campaign = await screen.findByRole('article', { name: 'Protect civilians in Darfur' }, { timeout: 15_000 });
    expect(within(campaign).getByRole('link', { name: 'Protect civilians in Darfur' })).toHaveAttribute('href', `/campaigns/${DARFUR_CAMPAIGN_ID}`);
    expect(within(campaign).getByRole('link', { name: 'Task board of Protect civilians in Darfur' })).toHaveAttribute(
      'href',
      `/campaigns/${DARFUR_CAMPAIGN_ID}/board`,
    );
    expect(within(campaign).getByText('6 targets')).toBeInTheDocument();
    expect(within(campaign).getByText('Champion: 2')).toBeInTheDocument();
    expect(within(campaign).getByText('Supportive: 3')).toBeInTheDocument();
    expect(within(campaign).getByText('Opposed: 1')).toBeInTheDocument();
    expect(within(campaign).getByText('Tasks: 4 done, 6 open')).toBeInTheDocument();
    expect(within(campaign).getByRole('progressbar', { name: 'Tasks done' })).toHaveAttribute('aria-valuenow', '40');
    expect(within(campaign).getByText('Last interaction: Nov 12, 2026')).toBeInTheDocument();

    const overdue = screen.getByRole('region', { name: 'Overdue tasks' });
    expect(within(overdue).getByRole('link', { name: 'Send the briefing note to the French mission' })).toHaveAttribute('href', '/tasks/task-7');
    expect(within(overdue).getByText('Due Nov 10, 2026 · 10 days late · High priority · In progress')).toBeInTheDocument();

    const interactions = screen.getByRole('region', { name: 'Recent interactions' });
    expect(within(interactions).getByRole('link', { name: 'Protection of civilians in El Fasher' })).toHaveAttribute('href', '/interactions/interaction-3');
    expect(within(interactions).getByText(/With Niemat Ahmadi, United Nations Security Council/)).toBeInTheDocument();
  });

  it('should give the charts’ numbers as tables for screen readers', async () => {
    renderApp('/', { mocks: [meMock(advocate), dashboardMock()] });

    const stances = await screen.findByRole('table', { name: 'Targets by stance, per campaign' }, { timeout: 15_000 });
    expect(within(stances).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Campaign',
      'Champion',
      'Supportive',
      'Neutral',
      'Opposed',
      'Unknown',
    ]);
    const row = within(stances).getByRole('row', { name: /Protect civilians in Darfur/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['2', '3', '0', '1', '0']);

    const tasks = screen.getByRole('table', { name: 'Tasks done and open, per campaign' });
    const tasksRow = within(tasks).getByRole('row', { name: /Protect civilians in Darfur/ });
    expect(within(tasksRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['4', '6']);
    expect(screen.getByRole('figure', { name: 'Targets by stance, per campaign' })).toBeInTheDocument();
    expect(await seriousAxeViolations()).toEqual([]);
  });

  it('should say so when nothing is active or overdue', async () => {
    renderApp('/', { mocks: [meMock(advocate), dashboardMock(aStaffDashboard({ activeCampaigns: [], overdueTasks: [], recentInteractions: [] }))] });

    expect(await screen.findByText('No campaign is active. Campaigns under way appear here with their progress.', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByText('No task is overdue.')).toBeInTheDocument();
    expect(screen.getByText('No interaction logged yet.')).toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
  });

  it('should offer to try again when the overview cannot be loaded', async () => {
    renderApp('/', {
      mocks: [meMock(advocate), { request: { query: DASHBOARD_QUERY }, result: { errors: [apiError('INTERNAL_SERVER_ERROR', 'Database unavailable')] } }],
    });

    expect(await screen.findByRole('button', { name: 'Try again' }, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome, Jean Mukendi' })).toBeInTheDocument();
  });

  it('should welcome a member with their organisation’s campaigns and tasks, without the staff overview', async () => {
    let askedForStaffOverview = false;
    renderApp('/', {
      mocks: [
        meMock(member),
        {
          request: { query: DASHBOARD_QUERY },
          result: () => {
            askedForStaffOverview = true;
            return { errors: [apiError('FORBIDDEN', 'Staff only')] };
          },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
        memberCampaignsMock([
          {
            __typename: 'Campaign',
            id: DARFUR_CAMPAIGN_ID,
            name: 'Protect civilians in Darfur',
            objective: 'A protection force in El Fasher',
            participations: [{ __typename: 'Participation', id: 'participation-1', organisationId: 'org-9', role: 'PARTNER' }],
          },
          {
            __typename: 'Campaign',
            id: 'campaign-2',
            name: 'Rohingya accountability',
            objective: null,
            participations: [{ __typename: 'Participation', id: 'participation-2', organisationId: 'org-4', role: 'LEAD' }],
          },
        ]),
        memberOpenTasksMock([{ __typename: 'Task', id: 'task-8', title: 'Collect survivor testimonies', dueDate: '2026-12-01', status: 'TODO', priority: 'MEDIUM' }]),
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Awa Traoré' }, { timeout: 15_000 })).toBeInTheDocument();
    const campaigns = screen.getByRole('region', { name: 'Your organisation’s campaigns' });
    expect(await within(campaigns).findByRole('link', { name: 'Protect civilians in Darfur' })).toHaveAttribute('href', `/campaigns/${DARFUR_CAMPAIGN_ID}`);
    expect(within(campaigns).getByText('Partner · A protection force in El Fasher')).toBeInTheDocument();
    expect(within(campaigns).queryByRole('link', { name: 'Rohingya accountability' })).not.toBeInTheDocument();
    expect(within(campaigns).getByText(/1 more campaign is open to member organisations/)).toBeInTheDocument();
    expect(within(campaigns).getByRole('link', { name: 'See the campaigns' })).toHaveAttribute('href', '/campaigns');

    const tasks = screen.getByRole('region', { name: 'My tasks' });
    expect(await within(tasks).findByRole('link', { name: 'Collect survivor testimonies' })).toHaveAttribute('href', '/tasks/task-8');
    expect(within(tasks).getByText('Due Dec 1, 2026 · To do')).toBeInTheDocument();
    expect(within(tasks).getByRole('link', { name: 'All my tasks' })).toHaveAttribute('href', '/tasks');

    await waitFor(() => expect(screen.queryByRole('progressbar')).not.toBeInTheDocument());
    expect(askedForStaffOverview).toBe(false);
    expect(screen.queryByRole('region', { name: 'Active campaigns' })).not.toBeInTheDocument();
    expect(await seriousAxeViolations()).toEqual([]);
  });
});
