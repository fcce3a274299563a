import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { apiError, aUser, meMock } from '../../../test/fixtures';
import { fillIn, renderApp } from '../../../test/render';
import { ADD_TASK_COMMENT_MUTATION } from '../graphql/add-task-comment.mutation';
import { UPDATE_TASK_MUTATION } from '../graphql/update-task.mutation';
import {
  aComment,
  anOrganisationTask,
  aTaskRecord,
  CAMPAIGN_ID,
  CAMPAIGN_NAME,
  changeStatusMock,
  daysFromToday,
  MEMBER_ORGANISATION,
  MEMBER_ORGANISATION_ID,
  taskMock,
} from '../test/task-fixtures';

const coordinator = aUser({ id: 'user-1', name: 'Amina Diallo', role: 'COORDINATOR' });
const member = aUser({ id: 'user-3', name: 'Awa Traoré', role: 'MEMBER', organisationId: MEMBER_ORGANISATION_ID });

const organisationTask = aTaskRecord({
  ...anOrganisationTask(),
  dueDate: daysFromToday(-1),
  comments: [
    aComment({ authorId: 'user-1', author: { __typename: 'User', id: 'user-1', name: 'Amina Diallo' }, body: 'Please attach the photographs.' }),
    aComment({ id: 'comment-0', authorId: null, author: null, body: 'Imported from the old tracker.' }),
  ],
});

describe('TaskPage', { timeout: 30_000 }, () => {
  // The page is loaded lazily: transform it once up front rather than within the first test's wait.
  beforeAll(() => import('./TaskPage'), 60_000);

  it('should show every field of the task, overdue said in words, and the comments thread', async () => {
    renderApp('/tasks/task-1', { mocks: [meMock(member), taskMock(organisationTask)] });

    expect(await screen.findByRole('heading', { level: 1, name: organisationTask.title })).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByRole('combobox', { name: 'Status' })).toHaveValue('TODO');
    expect(within(details).getByText('Darfur Women Action Group (DWAG)')).toBeInTheDocument();
    expect(within(details).getByText(/Overdue/)).toBeInTheDocument();
    expect(within(details).getByText('High priority')).toBeInTheDocument();
    expect(within(details).getByRole('link', { name: `${CAMPAIGN_NAME} board` })).toHaveAttribute('href', `/campaigns/${CAMPAIGN_ID}/board`);
    expect(within(details).getByText(/Copy the African Union\./)).toBeInTheDocument();
    const comments = screen.getByRole('list', { name: 'Comments' });
    const [byCoordinator, byNobody] = within(comments).getAllByRole('listitem') as [HTMLElement, HTMLElement];
    expect(byCoordinator).toHaveTextContent(/^Amina Diallo · /);
    expect(within(byCoordinator).getByText('Please attach the photographs.')).toBeInTheDocument();
    expect(byNobody).toHaveTextContent(/^Unknown author · /);
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
  });

  it('should add a comment to the thread, saying first when it is empty', async () => {
    const { user } = renderApp('/tasks/task-1', {
      mocks: [
        meMock(member),
        taskMock(organisationTask),
        {
          request: { query: ADD_TASK_COMMENT_MUTATION, variables: { input: { taskId: 'task-1', body: 'Photographs attached.' } } },
          result: {
            data: {
              addTaskComment: aComment({
                id: 'comment-2',
                authorId: member.id,
                author: { __typename: 'User', id: member.id, name: member.name },
                body: 'Photographs attached.',
                createdAt: '2026-11-20T10:00:00.000Z',
              }),
            },
          },
        },
      ],
    });

    const form = await screen.findByRole('form', { name: 'Add a comment' });
    const field = within(form).getByRole('textbox', { name: /^Comment/ });
    await user.click(within(form).getByRole('button', { name: 'Post comment' }));
    expect(field).toHaveAccessibleDescription('Write a comment first.');

    await fillIn(user, field, 'Photographs attached.');
    await user.click(within(form).getByRole('button', { name: 'Post comment' }));

    const comments = screen.getByRole('list', { name: 'Comments' });
    await waitFor(() => expect(within(comments).getByText('Photographs attached.')).toBeInTheDocument());
    expect(within(comments).getAllByRole('listitem')[2]).toHaveTextContent(/^You · /);
    expect(field).toHaveValue('');
  });

  it('should let a member move their organisation’s task along', async () => {
    const { user } = renderApp('/tasks/task-1', {
      mocks: [meMock(member), taskMock(organisationTask), changeStatusMock('task-1', 'IN_PROGRESS')],
    });

    const status = await screen.findByRole('combobox', { name: 'Status' });
    await user.selectOptions(status, 'In progress');
    expect(await screen.findByText(`“${organisationTask.title}” moved to In progress.`)).toBeInTheDocument();
    expect(status).toHaveValue('IN_PROGRESS');
  });

  it('should let staff edit the task, showing the API’s reason under the field it names', async () => {
    const input = {
      id: 'task-1',
      title: 'Send the full testimony dossier',
      priority: 'HIGH',
      assigneeUserId: null,
      assigneeOrganisationId: MEMBER_ORGANISATION_ID,
      description: organisationTask.description,
      dueDate: organisationTask.dueDate,
    };
    const { user } = renderApp('/tasks/task-1', {
      mocks: [
        meMock(coordinator),
        taskMock(organisationTask),
        {
          request: { query: UPDATE_TASK_MUTATION, variables: { input } },
          result: { errors: [apiError('BAD_USER_INPUT', 'dueDate: must not be before today', { field: 'dueDate' })] },
        },
        {
          request: { query: UPDATE_TASK_MUTATION, variables: { input: { ...input, dueDate: null } } },
          result: { data: { updateTask: { ...organisationTask, title: input.title, dueDate: null } } },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = screen.getByRole('dialog', { name: `Edit ${organisationTask.title}` });
    expect(within(dialog).getByRole('radio', { name: 'An organisation' })).toBeChecked();
    expect(within(dialog).getByRole('combobox', { name: /^Organisation/ })).toHaveValue(`${MEMBER_ORGANISATION.name} (DWAG)`);
    const title = within(dialog).getByRole('textbox', { name: /^Title/ });
    await user.clear(title);
    await fillIn(user, title, input.title);
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    const dueDate = within(dialog).getByLabelText('Due date');
    await waitFor(() => expect(dueDate).toHaveAccessibleDescription('Must not be before today'));

    await user.clear(dueDate);
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('heading', { level: 1, name: input.title })).toBeInTheDocument();
    expect(screen.getByText(`Changes to “${input.title}” saved.`)).toBeInTheDocument();
  });

  it('should link to the board unnamed when the campaign is not shared with the reader', async () => {
    renderApp('/tasks/task-1', { mocks: [meMock(member), taskMock({ ...organisationTask, campaign: null })] });

    const details = await screen.findByRole('region', { name: 'Details' });
    expect(within(details).getByRole('link', { name: 'Campaign board' })).toHaveAttribute('href', `/campaigns/${CAMPAIGN_ID}/board`);
  });

  it('should say so when the task does not exist or is not shared', async () => {
    renderApp('/tasks/missing', { mocks: [meMock(member), taskMock(null, 'missing')] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Task not found' })).toBeInTheDocument();
  });

  it('should have a title, landmarks and named regions (no serious axe violations)', async () => {
    renderApp('/tasks/task-1', { mocks: [meMock(member), taskMock(organisationTask)] });

    expect(await screen.findByRole('region', { name: 'Comments' })).toBeInTheDocument();
    expect(document.title).toBe(`${organisationTask.title} · Alliance CRM`);
    expect(await seriousAxeViolations()).toEqual([]);
  });
});
