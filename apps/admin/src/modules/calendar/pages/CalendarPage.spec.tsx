import { Language } from '@alliance/domain';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CalendarEventFieldsFragment, CalendarTasksQuery } from '../../../gql/graphql';
import { seriousAxeViolations } from '../../../test/axe';
import { aUser, meMock } from '../../../test/fixtures';
import { fillIn, renderApp } from '../../../test/render';
import { CALENDAR_CAMPAIGN_OPTIONS_QUERY } from '../graphql/calendar-campaign-options.query';
import { CALENDAR_EVENTS_QUERY } from '../graphql/calendar-events.query';
import { CALENDAR_TASKS_QUERY } from '../graphql/calendar-tasks.query';
import { CREATE_CALENDAR_EVENT_MUTATION } from '../graphql/create-calendar-event.mutation';
import { DELETE_CALENDAR_EVENT_MUTATION } from '../graphql/delete-calendar-event.mutation';

type CalendarTask = CalendarTasksQuery['myTasks']['edges'][number]['node'];

const advocate = aUser({ id: 'user-2', name: 'Jean Mukendi', role: 'ADVOCATE' });
const member = aUser({ id: 'user-3', name: 'Awa Traoré', role: 'MEMBER', organisationId: 'org-9' });
const always = { maxUsageCount: Number.POSITIVE_INFINITY };

const SUDAN_CAMPAIGN = { __typename: 'Campaign' as const, id: '5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d', name: 'Protect civilians in Darfur' };
const MYANMAR_CAMPAIGN = { __typename: 'Campaign' as const, id: '7e2d3c4b-5f6a-4b7c-9d8e-0f1a2b3c4d5e', name: 'Rohingya accountability' };

// December 2026 runs from Tuesday the 1st to Thursday the 31st: its grid shows Monday 30 November to Sunday 3 January,
// and the calendar asks for a day more on each side.
const DECEMBER = { from: '2026-11-29T00:00:00.000Z', to: '2027-01-05T00:00:00.000Z' };
const JANUARY = { from: '2026-12-27T00:00:00.000Z', to: '2027-02-02T00:00:00.000Z' };
const NOVEMBER = { from: '2026-10-25T00:00:00.000Z', to: '2026-12-08T00:00:00.000Z' };

function anEvent(overrides: Partial<CalendarEventFieldsFragment>): CalendarEventFieldsFragment {
  return {
    __typename: 'CalendarEvent',
    id: 'event-1',
    title: 'Human Rights Council special session on Sudan',
    kind: 'SESSION',
    startsAt: '2026-12-01T00:00:00.000Z',
    endsAt: '2026-12-04T00:00:00.000Z',
    allDay: true,
    location: 'Geneva',
    description: null,
    campaignId: SUDAN_CAMPAIGN.id,
    ...overrides,
  };
}

const SESSION = anEvent({});
const COUNCIL_VOTE = anEvent({
  id: 'event-2',
  title: 'Security Council vote on the Darfur sanctions regime',
  kind: 'VOTE',
  startsAt: '2026-12-17T12:00:00.000Z',
  endsAt: null,
  allDay: false,
  location: 'New York',
  campaignId: null,
});
const SUMMIT = anEvent({
  id: 'event-3',
  title: 'African Union summit',
  kind: 'SUMMIT',
  startsAt: '2027-01-14T00:00:00.000Z',
  endsAt: '2027-01-16T00:00:00.000Z',
  location: 'Addis Ababa',
  campaignId: null,
});

function aTask(overrides: Partial<CalendarTask>): CalendarTask {
  return { __typename: 'Task', id: 'task-1', title: 'Brief the French mission', dueDate: '2026-12-10', status: 'TODO', campaignId: SUDAN_CAMPAIGN.id, ...overrides };
}

const BRIEFING_TASK = aTask({});
const MYANMAR_TASK = aTask({ id: 'task-2', title: 'Draft the Rohingya letter', dueDate: '2026-12-11', status: 'IN_PROGRESS', campaignId: MYANMAR_CAMPAIGN.id });

function eventsMock(range: { from: string; to: string }, events: CalendarEventFieldsFragment[] | (() => CalendarEventFieldsFragment[]), campaignId?: string): MockLink.MockedResponse {
  return {
    request: { query: CALENDAR_EVENTS_QUERY, variables: { ...range, ...(campaignId ? { campaignId } : {}) } },
    result: () => ({ data: { calendarEvents: typeof events === 'function' ? events() : events } }),
    ...always,
  };
}

function tasksMock(tasks: CalendarTask[]): MockLink.MockedResponse {
  return {
    request: { query: CALENDAR_TASKS_QUERY, variables: { first: 100, after: null, filter: { statuses: ['TODO', 'IN_PROGRESS', 'BLOCKED'] } } },
    result: {
      data: {
        myTasks: {
          __typename: 'TaskConnection',
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: tasks.map((node) => ({ __typename: 'TaskEdge', node })),
        },
      },
    },
    ...always,
  };
}

function campaignOptionsMock(): MockLink.MockedResponse {
  return {
    request: { query: CALENDAR_CAMPAIGN_OPTIONS_QUERY },
    result: {
      data: {
        campaigns: {
          __typename: 'CampaignConnection',
          edges: [MYANMAR_CAMPAIGN, SUDAN_CAMPAIGN].map((node) => ({ __typename: 'CampaignEdge', node })),
        },
      },
    },
    ...always,
  };
}

/** Waits for the month to show this text: the page's first render can take a while in jsdom. */
const monthShows = (text: string) => screen.findByText(text, {}, { timeout: 15_000 });

/** The grid's cell of a day, found by the date it reads out (role queries over the whole grid are slow in jsdom). */
function dayCell(grid: HTMLElement, day: string): HTMLElement {
  const cell = within(grid).getByText(day).closest('td');
  if (!cell) throw new Error(`No cell for ${day}`);
  return cell;
}

describe('CalendarPage', { timeout: 40_000 }, () => {
  // The page is loaded lazily: transform it once up front rather than within the first test's wait.
  beforeAll(async () => {
    await import('./CalendarPage');
  }, 60_000);

  beforeEach(() => {
    // Only the clock: timers stay real for the user events.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-20T10:00:00.000Z'));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('should show an event on each day it spans and a task on the day it is due, and list them once in the agenda', async () => {
    renderApp('/calendar?month=2026-12', {
      mocks: [meMock(advocate), campaignOptionsMock(), eventsMock(DECEMBER, [SESSION, COUNCIL_VOTE]), tasksMock([BRIEFING_TASK])],
    });

    expect(await monthShows('Dec 1 – 3, 2026 · Geneva')).toBeInTheDocument();
    const grid = screen.getByRole('table', { name: 'December 2026, week by week' });
    const sessionLink = { name: 'Session: Human Rights Council special session on Sudan' };
    for (const day of ['Tuesday, December 1', 'Wednesday, December 2', 'Thursday, December 3']) {
      expect(within(dayCell(grid, day)).getByRole('link', sessionLink)).toHaveAttribute('href', '#calendar-event-event-1');
    }
    expect(within(dayCell(grid, 'Friday, December 4')).queryByRole('link', sessionLink)).not.toBeInTheDocument();
    expect(within(dayCell(grid, 'Thursday, December 17')).getByRole('link', { name: 'Vote: Security Council vote on the Darfur sanctions regime' })).toBeInTheDocument();
    expect(await within(dayCell(grid, 'Thursday, December 10')).findByRole('link', { name: 'Task due: Brief the French mission' })).toHaveAttribute(
      'href',
      '/tasks/task-1',
    );

    const agenda = screen.getByRole('region', { name: 'Agenda for December 2026' });
    expect(within(agenda).getAllByText('Human Rights Council special session on Sudan')).toHaveLength(1);
    expect(within(agenda).getByText('Dec 1 – 3, 2026 · Geneva')).toBeInTheDocument();
    expect(within(agenda).getByText('Campaign: Protect civilians in Darfur')).toBeInTheDocument();
    expect(within(agenda).getByRole('heading', { level: 3, name: 'Thursday, December 10' })).toBeInTheDocument();
    expect(within(agenda).getByRole('link', { name: 'Brief the French mission' })).toHaveAttribute('href', '/tasks/task-1');
    expect(await seriousAxeViolations()).toEqual([]);
  });

  it('should move to the next month in the address and ask for that month', async () => {
    const { user, router } = renderApp('/calendar?month=2026-12', {
      mocks: [meMock(advocate), campaignOptionsMock(), eventsMock(DECEMBER, [SESSION]), eventsMock(JANUARY, [SUMMIT]), eventsMock(NOVEMBER, []), tasksMock([])],
    });

    expect(await monthShows('Dec 1 – 3, 2026 · Geneva')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next month' }));

    expect(router.state.location.search).toBe('?month=2027-01');
    expect(await screen.findByText('Jan 14 – 15, 2027 · Addis Ababa')).toBeInTheDocument();
    const grid = screen.getByRole('table', { name: 'January 2027, week by week' });
    expect(screen.getByRole('heading', { level: 2, name: 'January 2027' })).toBeInTheDocument();
    expect(within(dayCell(grid, 'Friday, January 15')).getByRole('link', { name: 'Summit: African Union summit' })).toBeInTheDocument();
    expect(screen.queryByText('Human Rights Council special session on Sudan')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'This month' }));
    expect(router.state.location.search).toBe('?month=2026-11');
    expect(await screen.findByText('Nothing in the calendar this month.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'November 2026' })).toBeInTheDocument();
  });

  it('should keep the campaign filter in the address, narrow events and tasks to it and export the same', async () => {
    const { user, router } = renderApp('/calendar?month=2026-12', {
      mocks: [
        meMock(member),
        campaignOptionsMock(),
        eventsMock(DECEMBER, [SESSION, COUNCIL_VOTE]),
        eventsMock(DECEMBER, [SESSION], SUDAN_CAMPAIGN.id),
        tasksMock([BRIEFING_TASK, MYANMAR_TASK]),
      ],
    });

    expect(await monthShows('Dec 1 – 3, 2026 · Geneva')).toBeInTheDocument();
    // In the grid and in the agenda.
    await waitFor(() => expect(screen.getAllByText('Draft the Rohingya letter')).toHaveLength(2));
    await user.click(screen.getByRole('combobox', { name: 'Campaign' }));
    await user.click(await screen.findByRole('option', { name: 'Protect civilians in Darfur' }));

    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('campaign')).toBe(SUDAN_CAMPAIGN.id));
    await waitFor(() => expect(screen.queryByText('Security Council vote on the Darfur sanctions regime')).not.toBeInTheDocument());
    const grid = screen.getByRole('table', { name: 'December 2026, week by week' });
    expect(within(grid).getAllByText('Human Rights Council special session on Sudan')).toHaveLength(3);
    expect(within(grid).getByText('Brief the French mission')).toBeInTheDocument();
    expect(screen.queryByText('Draft the Rohingya letter')).not.toBeInTheDocument();

    const download = screen.getByRole('link', { name: 'Download iCalendar' });
    const exported = new URL(download.getAttribute('href') ?? '', 'http://localhost');
    expect(exported.pathname).toBe('/api/calendar.ics');
    expect(Object.fromEntries(exported.searchParams)).toEqual({
      from: '2026-12-01T00:00:00.000Z',
      to: '2027-12-01T00:00:00.000Z',
      campaignId: SUDAN_CAMPAIGN.id,
    });
    expect(download).toHaveAccessibleDescription(/^Covers Dec 1, 2026\s–\sNov 30, 2027; opens in your calendar application\.$/);
  });

  it('should let staff add an event, then show it on each of its days', async () => {
    const input = {
      title: 'Security Council presidency: Sierra Leone',
      kind: 'PRESIDENCY',
      allDay: true,
      startsAt: '2026-12-14T00:00:00.000Z',
      endsAt: '2026-12-16T00:00:00.000Z',
      campaignId: null,
      location: 'New York',
      description: null,
    };
    const created = anEvent({ id: 'event-9', ...input, kind: 'PRESIDENCY' });
    let events = [SESSION];
    const { user } = renderApp('/calendar?month=2026-12', {
      mocks: [
        meMock(advocate),
        campaignOptionsMock(),
        eventsMock(DECEMBER, () => events),
        tasksMock([]),
        {
          request: { query: CREATE_CALENDAR_EVENT_MUTATION, variables: { input } },
          result: () => {
            events = [SESSION, created];
            return { data: { createCalendarEvent: created } };
          },
        },
      ],
    });

    expect(await monthShows('Dec 1 – 3, 2026 · Geneva')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add an event' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an event to the calendar' });
    await fillIn(user, within(dialog).getByRole('textbox', { name: /^Title/ }), input.title);
    await user.click(within(dialog).getByRole('combobox', { name: /^Kind/ }));
    await user.click(await screen.findByRole('option', { name: 'Presidency' }));
    const firstDay = within(dialog).getByLabelText(/^First day/);
    const lastDay = within(dialog).getByLabelText(/^Last day/);
    fireEvent.change(firstDay, { target: { value: '2026-12-14' } });
    fireEvent.change(lastDay, { target: { value: '2026-12-13' } });
    await user.click(within(dialog).getByRole('button', { name: 'Add event' }));
    expect(lastDay).toHaveAccessibleDescription('The last day cannot be before the first.');

    fireEvent.change(lastDay, { target: { value: '2026-12-15' } });
    await fillIn(user, within(dialog).getByRole('textbox', { name: 'Location' }), 'New York');
    await user.click(within(dialog).getByRole('button', { name: 'Add event' }));

    expect(await screen.findByText('“Security Council presidency: Sierra Leone” is in the calendar.')).toBeInTheDocument();
    const grid = screen.getByRole('table', { name: 'December 2026, week by week' });
    await waitFor(() => expect(within(grid).getAllByText(input.title)).toHaveLength(2));
    const presidency = { name: 'Presidency: Security Council presidency: Sierra Leone' };
    expect(within(dayCell(grid, 'Monday, December 14')).getByRole('link', presidency)).toBeInTheDocument();
    expect(within(dayCell(grid, 'Tuesday, December 15')).getByRole('link', presidency)).toBeInTheDocument();
    expect(within(dayCell(grid, 'Wednesday, December 16')).queryByRole('link', presidency)).not.toBeInTheDocument();
  });

  it('should let staff delete an event after confirming', async () => {
    const { user } = renderApp('/calendar?month=2026-12', {
      mocks: [
        meMock(advocate),
        campaignOptionsMock(),
        eventsMock(DECEMBER, [SESSION, COUNCIL_VOTE]),
        tasksMock([]),
        { request: { query: DELETE_CALENDAR_EVENT_MUTATION, variables: { id: SESSION.id } }, result: { data: { deleteCalendarEvent: true } } },
      ],
    });

    expect(await monthShows('Dec 1 – 3, 2026 · Geneva')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete the event “Human Rights Council special session on Sudan”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this event?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete event' }));

    expect(await screen.findByText('“Human Rights Council special session on Sudan” was deleted from the calendar.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Human Rights Council special session on Sudan')).not.toBeInTheDocument());
    expect(screen.getAllByText('Security Council vote on the Darfur sanctions regime')).toHaveLength(2);
  });

  it('should show a member the calendar in French without the staff actions', async () => {
    renderApp('/calendar?month=2026-12', {
      language: Language.FR,
      mocks: [meMock({ ...member, language: 'FR' }), campaignOptionsMock(), eventsMock(DECEMBER, [SESSION]), tasksMock([])],
    });

    expect(await monthShows('1–3 déc. 2026 · Geneva')).toBeInTheDocument();
    const grid = screen.getByRole('table', { name: 'Décembre 2026, semaine par semaine' });
    expect(within(grid).getByRole('columnheader', { name: 'Lundi' })).toBeInTheDocument();
    expect(await within(dayCell(grid, 'Mardi 1 décembre')).findByRole('link', { name: 'Session : Human Rights Council special session on Sudan' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Agenda du mois : décembre 2026' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ajouter un événement' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Supprimer/ })).not.toBeInTheDocument();
    expect(await seriousAxeViolations()).toEqual([]);
  });
});
