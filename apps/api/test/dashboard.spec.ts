import { Role } from '@alliance/domain';
import { createTestApp, GraphqlClient, TestApp } from './support/test-app';

describe('Dashboard', () => {
  let testApp: TestApp;
  let advocate: GraphqlClient;

  beforeAll(async () => {
    testApp = await createTestApp();
    advocate = await testApp.signedIn(Role.ADVOCATE);
  });

  afterAll(() => testApp.close());

  it('should show each active campaign with targets by stance, tasks open and done, and the last interaction', async () => {
    const campaign = (await advocate.ok<{ createCampaign: { id: string } }>('mutation { createCampaign(input: { name: "Rohingya accountability", status: ACTIVE }) { id } }')).createCampaign.id;
    await advocate.ok('mutation { createCampaign(input: { name: "Drafting", status: DRAFT }) { id } }');
    const contact = (await advocate.ok<{ createContact: { id: string } }>('mutation { createContact(input: { firstName: "A", lastName: "Minister" }) { id } }')).createContact.id;
    await advocate.ok('mutation ($input: AddTargetInput!) { addTarget(input: $input) { id } }', { input: { campaignId: campaign, contactId: contact, stance: 'CHAMPION' } });
    const task = (await advocate.ok<{ createTask: { id: string } }>('mutation ($input: CreateTaskInput!) { createTask(input: $input) { id } }', { input: { title: 'Letter', campaignId: campaign } })).createTask.id;
    await advocate.ok('mutation ($input: CreateTaskInput!) { createTask(input: $input) { id } }', { input: { title: 'Call', campaignId: campaign } });
    await advocate.ok('mutation ($input: UpdateTaskInput!) { updateTask(input: $input) { id } }', { input: { id: task, status: 'DONE' } });
    await advocate.ok('mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id } }', { input: { occurredAt: '2026-11-20T09:00:00Z', campaignId: campaign, contactIds: [contact] } });
    const { dashboard } = await advocate.ok<{ dashboard: { activeCampaigns: unknown[]; recentInteractions: unknown[] } }>(
      '{ dashboard { activeCampaigns { campaign { name } targetsByStance { stance count } tasksOpen tasksDone lastInteractionAt } recentInteractions { occurredAt } } }',
    );
    expect(dashboard.activeCampaigns).toEqual([
      { campaign: { name: 'Rohingya accountability' }, targetsByStance: [{ stance: 'CHAMPION', count: 1 }], tasksOpen: 1, tasksDone: 1, lastInteractionAt: '2026-11-20T09:00:00.000Z' },
    ]);
    expect(dashboard.recentInteractions).toHaveLength(1);
    const member = await testApp.signedIn(Role.MEMBER);
    expect((await member.query('{ dashboard { overdueTasks { id } } }')).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
