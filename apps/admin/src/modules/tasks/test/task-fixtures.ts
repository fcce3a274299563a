import type { MockLink } from '@apollo/client/testing';
import type { TaskCommentFieldsFragment, TaskDetailFieldsFragment, TaskStatus, TaskSummaryFieldsFragment, TasksFilter } from '../../../gql/graphql';
import { apiError } from '../../../test/fixtures';
import { ORGANISATION_OPTIONS_QUERY } from '../../organisations/graphql/organisation-options.query';
import { CAMPAIGN_TASKS_QUERY } from '../graphql/campaign-tasks.query';
import { CHANGE_TASK_STATUS_MUTATION } from '../graphql/change-task-status.mutation';
import { MY_TASKS_QUERY } from '../graphql/my-tasks.query';
import { TASK_ASSIGNEE_USER_OPTIONS_QUERY } from '../graphql/task-assignee-user-options.query';
import { TASK_CAMPAIGN_NAME_QUERY } from '../graphql/task-campaign-name.query';
import { TASK_QUERY } from '../graphql/task.query';
import { BOARD_PAGE_SIZE } from '../hooks/useCampaignTasks';

const always = { maxUsageCount: Number.POSITIVE_INFINITY };

export const CAMPAIGN_ID = '7d1e4c2a-3b5f-4a61-9c8e-2f4b6a8c0d01';
export const CAMPAIGN_NAME = 'Protect civilians in El Fasher';
export const CAMPAIGN = { __typename: 'Campaign' as const, id: CAMPAIGN_ID, name: CAMPAIGN_NAME };
export const MEMBER_ORGANISATION_ID = '0b6f7c1e-4f4e-4a53-9d55-2f0c1f6a1a01';
export const MEMBER_ORGANISATION = { __typename: 'Organisation' as const, id: MEMBER_ORGANISATION_ID, name: 'Darfur Women Action Group', acronym: 'DWAG' };

/** A calendar date (YYYY-MM-DD) some days from today, where the test runs. */
export function daysFromToday(days: number): string {
  const day = new Date();
  day.setDate(day.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

export function aTask(overrides: Partial<TaskSummaryFieldsFragment> = {}): TaskSummaryFieldsFragment {
  return {
    __typename: 'Task',
    id: 'task-1',
    title: 'Draft the letter to the Security Council',
    status: 'TODO',
    priority: 'HIGH',
    dueDate: daysFromToday(7),
    campaignId: CAMPAIGN_ID,
    campaign: CAMPAIGN,
    assigneeUserId: 'user-2',
    assigneeUser: { __typename: 'User', id: 'user-2', name: 'Jean Mukendi' },
    assigneeOrganisationId: null,
    assigneeOrganisation: null,
    ...overrides,
  };
}

/** A task of the member organisation (its representatives see and move it). */
export function anOrganisationTask(overrides: Partial<TaskSummaryFieldsFragment> = {}): TaskSummaryFieldsFragment {
  return aTask({
    assigneeUserId: null,
    assigneeUser: null,
    assigneeOrganisationId: MEMBER_ORGANISATION_ID,
    assigneeOrganisation: MEMBER_ORGANISATION,
    ...overrides,
  });
}

export function aComment(overrides: Partial<TaskCommentFieldsFragment> = {}): TaskCommentFieldsFragment {
  return {
    __typename: 'TaskComment',
    id: 'comment-1',
    authorId: 'user-2',
    author: { __typename: 'User', id: 'user-2', name: 'Jean Mukendi' },
    body: 'Sent the draft to the legal team.',
    createdAt: '2026-11-02T09:30:00.000Z',
    ...overrides,
  };
}

export function aTaskRecord(overrides: Partial<TaskDetailFieldsFragment> = {}): TaskDetailFieldsFragment {
  return {
    ...aTask(),
    description: 'Ask for a briefing on the siege.\nCopy the African Union.',
    createdAt: '2026-11-01T08:00:00.000Z',
    completedAt: null,
    comments: [aComment()],
    ...overrides,
  };
}

function connection(tasks: readonly TaskSummaryFieldsFragment[], endCursor: string | null, totalCount = tasks.length) {
  return {
    __typename: 'TaskConnection',
    totalCount,
    pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
    edges: tasks.map((node) => ({ __typename: 'TaskEdge', cursor: `cursor-${node.id}`, node })),
  };
}

/** A page of a campaign's board, asked for after `after`; `endCursor` says more pages follow. */
export function campaignTasksMock(
  tasks: readonly TaskSummaryFieldsFragment[],
  { after = null, endCursor = null, totalCount }: { after?: string | null; endCursor?: string | null; totalCount?: number } = {},
): MockLink.MockedResponse {
  return {
    request: { query: CAMPAIGN_TASKS_QUERY, variables: { first: BOARD_PAGE_SIZE, after, filter: { campaignId: CAMPAIGN_ID } } },
    result: { data: { tasks: connection(tasks, endCursor, totalCount) } },
    ...always,
  };
}

/** The first page of "My tasks" for a filter. */
export function myTasksMock(tasks: readonly TaskSummaryFieldsFragment[], filter: TasksFilter = {}): MockLink.MockedResponse {
  return {
    request: { query: MY_TASKS_QUERY, variables: { first: 25, after: null, filter } },
    result: { data: { myTasks: connection(tasks, null) } },
    ...always,
  };
}

/** The campaign whose board is shown (null: it does not exist or is not shared). */
export function campaignNameMock(name: string | null = CAMPAIGN_NAME, id = CAMPAIGN_ID): MockLink.MockedResponse {
  return {
    request: { query: TASK_CAMPAIGN_NAME_QUERY, variables: { id } },
    result: { data: { campaign: name === null ? null : { __typename: 'Campaign', id, name } } },
    ...always,
  };
}

export function taskMock(task: TaskDetailFieldsFragment | null, id = task?.id ?? 'task-1'): MockLink.MockedResponse {
  return { request: { query: TASK_QUERY, variables: { id } }, result: { data: { task } }, ...always };
}

/** The API moving a task to `status` (or refusing with `refusal`); `onCall` hears each request. */
export function changeStatusMock(
  id: string,
  status: TaskStatus,
  { refusal, onCall }: { refusal?: { code: string; message: string }; onCall?: () => void } = {},
): MockLink.MockedResponse {
  return {
    request: { query: CHANGE_TASK_STATUS_MUTATION, variables: { input: { id, status } } },
    result: () => {
      onCall?.();
      if (refusal) return { errors: [apiError(refusal.code, refusal.message)] };
      return { data: { updateTask: { __typename: 'Task', id, status, completedAt: status === 'DONE' ? '2026-11-20T10:00:00.000Z' : null } } };
    },
  };
}

/** The person picker's answer for what was typed (nothing: before anything is typed). */
export function userOptionsMock(users: ReadonlyArray<{ id: string; name: string; email: string }>, search = ''): MockLink.MockedResponse {
  return {
    request: { query: TASK_ASSIGNEE_USER_OPTIONS_QUERY, variables: { first: 20, filter: search ? { search } : {} } },
    result: {
      data: {
        colleagues: {
          __typename: 'UserConnection',
          edges: users.map((user) => ({ __typename: 'UserEdge', node: { __typename: 'User', ...user } })),
        },
      },
    },
    ...always,
  };
}

/** The organisation picker's answer before anything is typed. */
export function organisationOptionsMock(): MockLink.MockedResponse {
  return {
    request: { query: ORGANISATION_OPTIONS_QUERY, variables: { first: 20, filter: {} } },
    result: { data: { organisations: { __typename: 'OrganisationConnection', edges: [{ __typename: 'OrganisationEdge', node: MEMBER_ORGANISATION }] } } },
    ...always,
  };
}
