import type { MockLink } from '@apollo/client/testing';
import type { DashboardQuery, MemberCampaignsQuery, MemberOpenTasksQuery } from '../../gql/graphql';
import { DASHBOARD_QUERY } from './graphql/dashboard.query';
import { MEMBER_CAMPAIGNS_QUERY } from './graphql/member-campaigns.query';
import { MEMBER_OPEN_TASKS_QUERY } from './graphql/member-open-tasks.query';

// Test answers for the dashboard's queries, shared by its page spec and the layout spec.

type StaffDashboard = DashboardQuery['dashboard'];
type MemberCampaign = MemberCampaignsQuery['campaigns']['edges'][number]['node'];
type MemberTask = MemberOpenTasksQuery['myTasks']['edges'][number]['node'];

const always = { maxUsageCount: Number.POSITIVE_INFINITY };

export const DARFUR_CAMPAIGN_ID = '5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

export function aStaffDashboard(overrides: Partial<StaffDashboard> = {}): StaffDashboard {
  return {
    __typename: 'Dashboard',
    activeCampaigns: [
      {
        __typename: 'CampaignProgress',
        campaign: { __typename: 'Campaign', id: DARFUR_CAMPAIGN_ID, name: 'Protect civilians in Darfur' },
        targetsByStance: [
          { __typename: 'StanceCount', stance: 'CHAMPION', count: 2 },
          { __typename: 'StanceCount', stance: 'SUPPORTIVE', count: 3 },
          { __typename: 'StanceCount', stance: 'OPPOSED', count: 1 },
        ],
        tasksDone: 4,
        tasksOpen: 6,
        lastInteractionAt: '2026-11-12T14:30:00.000Z',
      },
    ],
    overdueTasks: [
      { __typename: 'Task', id: 'task-7', title: 'Send the briefing note to the French mission', dueDate: '2026-11-10', status: 'IN_PROGRESS', priority: 'HIGH' },
    ],
    recentInteractions: [
      {
        __typename: 'Interaction',
        id: 'interaction-3',
        kind: 'MEETING',
        subject: 'Protection of civilians in El Fasher',
        occurredAt: '2026-11-12T14:30:00.000Z',
        contacts: [{ __typename: 'Contact', id: 'contact-1', firstName: 'Niemat', lastName: 'Ahmadi' }],
        institutions: [{ __typename: 'Institution', id: 'institution-1', name: 'United Nations Security Council', nameFr: 'Conseil de sécurité des Nations Unies', acronym: 'UNSC' }],
      },
    ],
    ...overrides,
  };
}

/** The staff dashboard answering with this overview (by default one campaign, one overdue task, one interaction). */
export function dashboardMock(dashboard: StaffDashboard = aStaffDashboard()): MockLink.MockedResponse {
  return { request: { query: DASHBOARD_QUERY }, result: { data: { dashboard } }, ...always };
}

/** The campaigns a member sees (those open to members), answering with these. */
export function memberCampaignsMock(campaigns: MemberCampaign[]): MockLink.MockedResponse {
  return {
    request: { query: MEMBER_CAMPAIGNS_QUERY },
    result: {
      data: {
        campaigns: {
          __typename: 'CampaignConnection',
          totalCount: campaigns.length,
          edges: campaigns.map((node) => ({ __typename: 'CampaignEdge', node })),
        },
      },
    },
    ...always,
  };
}

/** A member organisation's next open tasks, answering with these. */
export function memberOpenTasksMock(tasks: MemberTask[]): MockLink.MockedResponse {
  return {
    request: { query: MEMBER_OPEN_TASKS_QUERY },
    result: {
      data: { myTasks: { __typename: 'TaskConnection', totalCount: tasks.length, edges: tasks.map((node) => ({ __typename: 'TaskEdge', node })) } },
    },
    ...always,
  };
}
