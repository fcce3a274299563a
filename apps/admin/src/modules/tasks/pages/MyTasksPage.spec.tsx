import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { aUser, meMock } from '../../../test/fixtures';
import { fillIn, renderApp } from '../../../test/render';
import {
  aTask,
  anOrganisationTask,
  CAMPAIGN_ID,
  CAMPAIGN_NAME,
  changeStatusMock,
  daysFromToday,
  MEMBER_ORGANISATION_ID,
  myTasksMock,
} from '../test/task-fixtures';

const advocate = aUser({ id: 'user-2', name: 'Jean Mukendi', role: 'ADVOCATE' });
const member = aUser({ id: 'user-3', name: 'Awa Traoré', role: 'MEMBER', organisationId: MEMBER_ORGANISATION_ID });

const late = anOrganisationTask({ id: 'task-1', title: 'Send the testimony dossier', dueDate: daysFromToday(-2), status: 'IN_PROGRESS' });
const soon = anOrganisationTask({ id: 'task-2', title: 'Confirm the speakers', dueDate: daysFromToday(5), priority: 'MEDIUM' });
// A task of a campaign the reader may not see: its board still lists their tasks, unnamed.
const unseen = anOrganisationTask({ id: 'task-4', title: 'Gather field reports', dueDate: daysFromToday(6), campaign: null, priority: 'MEDIUM' });
const loose = anOrganisationTask({ id: 'task-3', title: 'Translate the brief', dueDate: null, campaignId: null, priority: 'LOW' });

describe('MyTasksPage', { timeout: 30_000 }, () => {
  // The page is loaded lazily: transform it once up front rather than within the first test's wait.
  beforeAll(() => import('./MyTasksPage'), 60_000);

  it('should show a member representative their organisation’s tasks, soonest due first, overdue ones said in words', async () => {
    renderApp('/tasks', { mocks: [meMock(member), myTasksMock([late, soon, unseen, loose])] });

    expect(await screen.findByRole('heading', { level: 1, name: 'My tasks' })).toBeInTheDocument();
    expect(screen.getByText('Tasks assigned to your organisation, soonest due first.')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'My tasks' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([late.title, soon.title, unseen.title, loose.title]);

    const [lateRow, soonRow, unseenRow, looseRow] = rows as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    expect(within(lateRow).getByText(/Overdue/)).toBeInTheDocument();
    expect(within(soonRow).queryByText(/Overdue/)).not.toBeInTheDocument();
    expect(within(lateRow).getByRole('link', { name: late.title })).toHaveAttribute('href', '/tasks/task-1');
    // The campaign's name comes with the task: no request per row.
    expect(within(lateRow).getByRole('link', { name: `${CAMPAIGN_NAME} board` })).toHaveAttribute('href', `/campaigns/${CAMPAIGN_ID}/board`);
    expect(within(unseenRow).getByRole('link', { name: 'Campaign board' })).toHaveAttribute('href', `/campaigns/${CAMPAIGN_ID}/board`);
    expect(within(looseRow).getByText('No due date')).toBeInTheDocument();
    expect(within(looseRow).queryByRole('link', { name: /board/ })).not.toBeInTheDocument();
    expect(within(lateRow).getByRole('combobox', { name: `Status of ${late.title}` })).toHaveValue('IN_PROGRESS');
  });

  it('should keep the status filter in the address', async () => {
    const { user, router } = renderApp('/tasks?status=open', {
      mocks: [
        meMock(advocate),
        myTasksMock([aTask({ assigneeUser: { __typename: 'User', id: 'user-2', name: 'Jean Mukendi' } })], { statuses: ['TODO', 'IN_PROGRESS', 'BLOCKED'] }),
        myTasksMock([aTask({ id: 'task-7', title: 'Publish the statement', status: 'DONE' })], { statuses: ['DONE'] }),
      ],
    });

    const filters = await screen.findByRole('search', { name: 'Filter my tasks' });
    const statusFilter = within(filters).getByRole('combobox', { name: 'Status' });
    expect(statusFilter).toHaveTextContent('Open (to do, in progress, blocked)');
    expect(await screen.findByRole('link', { name: aTask().title })).toBeInTheDocument();

    await user.click(statusFilter);
    await user.click(await screen.findByRole('option', { name: 'Done' }));
    await waitFor(() => expect(router.state.location.search).toBe('?status=DONE'));
    expect(await screen.findByRole('link', { name: 'Publish the statement' })).toBeInTheDocument();
  });

  it('should keep the due date range in the address, ignoring a malformed date', async () => {
    const from = daysFromToday(0);
    const until = daysFromToday(10);
    const { user, router } = renderApp(`/tasks?dueFrom=${from}&dueTo=soon`, {
      mocks: [
        meMock(advocate),
        myTasksMock([aTask({ id: 'task-8', title: 'Book the room', dueDate: daysFromToday(20) })], { dueFrom: from }),
        myTasksMock([aTask({ id: 'task-9', title: 'Confirm the interpreters', dueDate: daysFromToday(3) })], { dueFrom: from, dueTo: until }),
      ],
    });

    const filters = await screen.findByRole('search', { name: 'Filter my tasks' });
    expect(within(filters).getByLabelText('Due from')).toHaveValue(from);
    const dueTo = within(filters).getByLabelText('Due until');
    expect(dueTo).toHaveValue('');
    expect(await screen.findByRole('link', { name: 'Book the room' })).toBeInTheDocument();

    await fillIn(user, dueTo, until);
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('dueTo')).toBe(until));
    expect(await screen.findByRole('link', { name: 'Confirm the interpreters' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Book the room' })).not.toBeInTheDocument();
  });

  it('should say when no task matches the filters', async () => {
    renderApp('/tasks?status=BLOCKED', { mocks: [meMock(advocate), myTasksMock([], { statuses: ['BLOCKED'] })] });

    expect(await screen.findByText('None of your tasks matches these filters.')).toBeInTheDocument();
  });

  it('should change a task’s status from its row', async () => {
    const onCall = vi.fn();
    const { user } = renderApp('/tasks', {
      mocks: [meMock(member), myTasksMock([soon]), changeStatusMock(soon.id, 'DONE', { onCall })],
    });

    const status = await screen.findByRole('combobox', { name: `Status of ${soon.title}` });
    await user.selectOptions(status, 'Done');

    expect(await screen.findByText(`“${soon.title}” moved to Done.`)).toBeInTheDocument();
    expect(onCall).toHaveBeenCalledTimes(1);
    expect(status).toHaveValue('DONE');
  });

  it('should say when nothing is assigned, and have no serious axe violations', async () => {
    renderApp('/tasks', { mocks: [meMock(advocate), myTasksMock([])] });

    expect(await screen.findByText('No task is assigned to you.')).toBeInTheDocument();
    expect(document.title).toBe('My tasks · Alliance CRM');
    expect(await seriousAxeViolations()).toEqual([]);
  });
});
