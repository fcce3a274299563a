import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { aUser, meMock } from '../../../test/fixtures';
import { fillIn, renderApp } from '../../../test/render';
import { CREATE_TASK_MUTATION } from '../graphql/create-task.mutation';
import {
  aTask,
  anOrganisationTask,
  CAMPAIGN_ID,
  campaignNameMock,
  campaignTasksMock,
  changeStatusMock,
  daysFromToday,
  MEMBER_ORGANISATION,
  MEMBER_ORGANISATION_ID,
  organisationOptionsMock,
  userOptionsMock,
} from '../test/task-fixtures';

const advocate = aUser({ id: 'user-5', name: 'Samuel Okello', role: 'ADVOCATE' });
const analyst = aUser({ id: 'user-4', name: 'Lucie Martin', role: 'ANALYST' });
const member = aUser({ id: 'user-3', name: 'Awa Traoré', role: 'MEMBER', organisationId: MEMBER_ORGANISATION_ID });
const BOARD = `/campaigns/${CAMPAIGN_ID}/board`;

const letter = aTask();
const briefing = aTask({ id: 'task-2', title: 'Brief the Arria meeting', status: 'IN_PROGRESS', priority: 'MEDIUM', dueDate: daysFromToday(-3) });
const report = anOrganisationTask({ id: 'task-3', title: 'Collect survivor testimonies', status: 'BLOCKED', priority: 'LOW', dueDate: null });
const archive = aTask({ id: 'task-4', title: 'File the 2025 report', status: 'DONE', priority: 'LOW', dueDate: daysFromToday(-30) });

const column = (name: string) => screen.getByRole('region', { name });

describe('TaskBoardPage', { timeout: 30_000 }, () => {
  // The page is loaded lazily: transform it once up front rather than within the first test's wait.
  beforeAll(() => import('./TaskBoardPage'), 60_000);

  it('should show the tasks in their status columns, with assignee, due date and priority, overdue ones said in words', async () => {
    renderApp(BOARD, { mocks: [meMock(analyst), campaignNameMock(), campaignTasksMock([letter, briefing, report, archive])] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Protect civilians in El Fasher: task board' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Protect civilians in El Fasher' })).toHaveAttribute('href', `/campaigns/${CAMPAIGN_ID}`);
    const toDo = await screen.findByRole('region', { name: 'To do' });
    expect(within(toDo).getByRole('link', { name: letter.title })).toHaveAttribute('href', '/tasks/task-1');
    expect(within(toDo).getByText('Jean Mukendi')).toBeInTheDocument();
    expect(within(toDo).getByText('High priority')).toBeInTheDocument();
    expect(within(toDo).getByText('1 task')).toBeInTheDocument();

    const inProgress = column('In progress');
    expect(within(inProgress).getByText(briefing.title)).toBeInTheDocument();
    expect(within(inProgress).getByText(/Overdue/)).toBeInTheDocument();
    expect(within(column('Blocked')).getByText('Darfur Women Action Group (DWAG)')).toBeInTheDocument();
    expect(within(column('Blocked')).getByText('No due date')).toBeInTheDocument();
    // A task done late is not overdue.
    expect(within(column('Done')).getByText(archive.title)).toBeInTheDocument();
    expect(within(column('Done')).queryByText(/Overdue/)).not.toBeInTheDocument();
    expect(within(toDo).queryByText(/Overdue/)).not.toBeInTheDocument();
  });

  it('should move a card to another column with its Move menu, through updateTask', async () => {
    const onCall = vi.fn();
    const { user } = renderApp(BOARD, {
      mocks: [meMock(analyst), campaignNameMock(), campaignTasksMock([letter, briefing]), changeStatusMock(letter.id, 'IN_PROGRESS', { onCall })],
    });

    await user.click(await screen.findByRole('button', { name: `Move ${letter.title}` }));
    const menu = screen.getByRole('menu', { name: `Move ${letter.title} to` });
    expect(within(menu).getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['In progress', 'Blocked', 'Done']);
    await user.click(within(menu).getByRole('menuitem', { name: 'In progress' }));

    await waitFor(() => expect(within(column('In progress')).getByRole('link', { name: letter.title })).toBeInTheDocument());
    expect(within(column('To do')).queryByRole('link', { name: letter.title })).not.toBeInTheDocument();
    expect(await screen.findByText(`“${letter.title}” moved to In progress.`)).toBeInTheDocument();
    expect(onCall).toHaveBeenCalledTimes(1);
    // The reader stays on the card they moved.
    await waitFor(() => expect(within(column('In progress')).getByRole('button', { name: `Move ${letter.title}` })).toHaveFocus());
  });

  it('should put a card back and say why when the API refuses the move', async () => {
    const { user } = renderApp(BOARD, {
      mocks: [
        meMock(analyst),
        campaignNameMock(),
        campaignTasksMock([letter]),
        changeStatusMock(letter.id, 'DONE', { refusal: { code: 'FORBIDDEN', message: 'Not allowed.' } }),
      ],
    });

    await user.click(await screen.findByRole('button', { name: `Move ${letter.title}` }));
    await user.click(screen.getByRole('menuitem', { name: 'Done' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`“${letter.title}” could not be moved to Done, so it is back where it was: You are not allowed to do this.`);
    expect(within(column('To do')).getByRole('link', { name: letter.title })).toBeInTheDocument();
    expect(within(column('Done')).queryByRole('link', { name: letter.title })).not.toBeInTheDocument();
  });

  it('should ask for every page of a big board', async () => {
    renderApp(BOARD, {
      mocks: [
        meMock(analyst),
        campaignNameMock(),
        campaignTasksMock([letter], { endCursor: 'cursor-task-1', totalCount: 2 }),
        campaignTasksMock([briefing], { after: 'cursor-task-1', totalCount: 2 }),
      ],
    });

    expect(await screen.findByRole('link', { name: letter.title })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: briefing.title })).toBeInTheDocument();
  });

  it('should let a member representative move their organisation’s tasks, without creating any', async () => {
    const own = anOrganisationTask({ id: 'task-5', title: 'Share the testimony dossier' });
    const { user } = renderApp(BOARD, {
      mocks: [meMock(member), campaignNameMock(), campaignTasksMock([own]), changeStatusMock(own.id, 'BLOCKED')],
    });

    const card = await screen.findByRole('link', { name: own.title });
    expect(within(column('To do')).getByText('Darfur Women Action Group (DWAG)')).toBeInTheDocument();
    expect(card).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New task' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Move ${own.title}` }));
    await user.click(screen.getByRole('menuitem', { name: 'Blocked' }));
    await waitFor(() => expect(within(column('Blocked')).getByRole('link', { name: own.title })).toBeInTheDocument());
  });

  it('should let staff create a task for a member organisation, and show it on the board', async () => {
    const input = {
      campaignId: CAMPAIGN_ID,
      title: 'Prepare the side event',
      priority: 'HIGH',
      assigneeUserId: null,
      assigneeOrganisationId: MEMBER_ORGANISATION_ID,
      description: 'Book the room at the Palais.',
      dueDate: daysFromToday(10),
    };
    const created = anOrganisationTask({ id: 'task-9', title: input.title, dueDate: input.dueDate, priority: 'HIGH' });
    const { user } = renderApp(BOARD, {
      mocks: [
        meMock(analyst),
        campaignNameMock(),
        { ...campaignTasksMock([letter]), maxUsageCount: 1 },
        organisationOptionsMock(),
        { request: { query: CREATE_TASK_MUTATION, variables: { input } }, result: { data: { createTask: created } } },
        campaignTasksMock([letter, created]),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'New task' }));
    const dialog = screen.getByRole('dialog', { name: 'New task' });
    await user.click(within(dialog).getByRole('button', { name: 'Create task' }));
    expect(within(dialog).getByRole('textbox', { name: /^Title/ })).toHaveAccessibleDescription('Enter a title.');

    await fillIn(user, within(dialog).getByRole('textbox', { name: /^Title/ }), input.title);
    await fillIn(user, within(dialog).getByRole('textbox', { name: 'Description' }), input.description);
    await user.click(within(dialog).getByRole('radio', { name: 'An organisation' }));
    await user.click(within(dialog).getByRole('combobox', { name: /^Organisation/ }));
    await user.click(await screen.findByRole('option', { name: `${MEMBER_ORGANISATION.name} (DWAG)` }));
    await fillIn(user, within(dialog).getByLabelText('Due date'), input.dueDate);
    await user.click(within(dialog).getByRole('combobox', { name: 'Priority' }));
    await user.click(await screen.findByRole('option', { name: 'High' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create task' }));

    expect(await screen.findByText(`Task “${input.title}” created.`)).toBeInTheDocument();
    await waitFor(() => expect(within(column('To do')).getByRole('link', { name: input.title })).toBeInTheDocument());
    expect(screen.queryByRole('dialog', { name: 'New task' })).not.toBeInTheDocument();
  });

  it('should let an advocate assign a new task to a colleague found by name', async () => {
    const colleague = { id: 'user-2', name: 'Jean Mukendi', email: 'jean.mukendi@example.org' };
    const input = { campaignId: CAMPAIGN_ID, title: 'Call the rapporteur', priority: 'MEDIUM', assigneeUserId: colleague.id, assigneeOrganisationId: null };
    const created = aTask({ id: 'task-10', title: input.title, priority: 'MEDIUM', dueDate: null });
    const { user } = renderApp(BOARD, {
      mocks: [
        meMock(advocate),
        campaignNameMock(),
        { ...campaignTasksMock([]), maxUsageCount: 1 },
        userOptionsMock([{ id: advocate.id, name: advocate.name, email: advocate.email }, colleague]),
        userOptionsMock([colleague], 'Jean'),
        { request: { query: CREATE_TASK_MUTATION, variables: { input } }, result: { data: { createTask: created } } },
        campaignTasksMock([created]),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'New task' }));
    const dialog = screen.getByRole('dialog', { name: 'New task' });
    await fillIn(user, within(dialog).getByRole('textbox', { name: /^Title/ }), input.title);
    await user.click(within(dialog).getByRole('radio', { name: 'A person' }));
    const person = within(dialog).getByRole('combobox', { name: /^Person/ });
    expect(person).toHaveValue('');
    await fillIn(user, person, 'Jean');
    await user.click(await screen.findByRole('option', { name: colleague.name }));
    expect(person).toHaveValue(colleague.name);
    await user.click(within(dialog).getByRole('button', { name: 'Create task' }));

    expect(await screen.findByText(`Task “${input.title}” created.`)).toBeInTheDocument();
    await waitFor(() => expect(within(column('To do')).getByRole('link', { name: input.title })).toBeInTheDocument());
  });

  it('should say so when the campaign does not exist or is not shared', async () => {
    renderApp(BOARD, { mocks: [meMock(member), campaignNameMock(null), campaignTasksMock([])] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Campaign not found' })).toBeInTheDocument();
  });

  it('should still show a member their tasks of a campaign they cannot see', async () => {
    const own = anOrganisationTask({ id: 'task-6', title: 'Gather field reports' });
    renderApp(BOARD, { mocks: [meMock(member), campaignNameMock(null), campaignTasksMock([own])] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Task board' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: own.title })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All campaigns' })).toHaveAttribute('href', '/campaigns');
  });

  it('should have a title, landmarks, named columns and drag handles (no serious axe violations)', async () => {
    renderApp(BOARD, { mocks: [meMock(analyst), campaignNameMock(), campaignTasksMock([letter, briefing, report])] });

    expect(await screen.findByRole('button', { name: `Drag ${letter.title}` })).toHaveAttribute('aria-roledescription', 'draggable task');
    expect(document.title).toBe('Protect civilians in El Fasher: task board · Alliance CRM');
    expect(await seriousAxeViolations()).toEqual([]);
  });
});
