import { Role } from '@alliance/domain';
import { SEND_TASK_DIGESTS } from '../src/tasks/tasks.jobs';
import { TaskDigestHandler } from '../src/tasks/jobs/task-digest.handler';
import { createTestApp, GraphqlClient, TestApp } from './support/test-app';

const CREATE = 'mutation ($input: CreateTaskInput!) { createTask(input: $input) { id status } }';
const UPDATE = 'mutation ($input: UpdateTaskInput!) { updateTask(input: $input) { id status completedAt } }';
const today = () => new Date().toISOString().slice(0, 10);

describe('Coalition tasks', () => {
  let testApp: TestApp;
  let coordinator: GraphqlClient;
  let member: GraphqlClient;
  let organisation: string;
  let otherOrganisation: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    coordinator = await testApp.signedIn(Role.COORDINATOR, 'coordinator@alliance.test');
    const create = async (name: string) =>
      (await coordinator.ok<{ createOrganisation: { id: string } }>('mutation ($name: String!) { createOrganisation(input: { name: $name, type: NGO }) { id } }', { name })).createOrganisation.id;
    organisation = await create('Stop Genocide Now');
    otherOrganisation = await create('Other Org');
    await testApp.createUser({ email: 'rep@sgn.test', role: Role.MEMBER, organisationId: organisation, name: 'Rep' });
    member = testApp.client();
    await member.signIn('rep@sgn.test');
  });

  afterAll(() => testApp.close());

  it("should let a member see and move only their organisation's tasks", async () => {
    const ours = (await coordinator.ok<{ createTask: { id: string } }>(CREATE, { input: { title: 'Draft the joint letter', assigneeOrganisationId: organisation, dueDate: today() } })).createTask.id;
    const theirs = (await coordinator.ok<{ createTask: { id: string } }>(CREATE, { input: { title: 'Their task', assigneeOrganisationId: otherOrganisation } })).createTask.id;
    const { myTasks } = await member.ok<{ myTasks: { edges: { node: { id: string } }[] } }>('{ myTasks { edges { node { id } } } }');
    expect(myTasks.edges.map((edge) => edge.node.id)).toEqual([ours]);
    const moved = await member.ok<{ updateTask: { status: string; completedAt: string } }>(UPDATE, { input: { id: ours, status: 'DONE', title: 'ignored for members' } });
    expect(moved.updateTask.status).toBe('DONE');
    expect(moved.updateTask.completedAt).not.toBeNull();
    const refused = await member.query(UPDATE, { input: { id: theirs, status: 'DONE' } });
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await member.ok<{ task: unknown }>('query ($id: ID!) { task(id: $id) { id } }', { id: theirs })).task).toBeNull();
    await member.ok('mutation ($input: AddTaskCommentInput!) { addTaskComment(input: $input) { id } }', { input: { taskId: ours, body: 'Sent to the signatories.' } });
    const { task } = await coordinator.ok<{ task: unknown }>('query ($id: ID!) { task(id: $id) { title comments { body author { name } } } }', { id: ours });
    expect(task).toEqual({ title: 'Draft the joint letter', comments: [{ body: 'Sent to the signatories.', author: { name: 'Rep' } }] });
  });

  it("should list the caller's tasks due in a range of days, for one campaign, as a calendar asks", async () => {
    const { me } = await coordinator.ok<{ me: { id: string } }>('{ me { id } }');
    const campaign = (await coordinator.ok<{ createCampaign: { id: string } }>('mutation { createCampaign(input: { name: "Calendar campaign" }) { id } }')).createCampaign.id;
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const create = async (title: string, dueDate: string, campaignId?: string) =>
      (await coordinator.ok<{ createTask: { id: string } }>(CREATE, { input: { title, assigneeUserId: me.id, dueDate, campaignId } })).createTask.id;
    const soon = await create('Soon, in the campaign', inDays(3), campaign);
    await create('Soon, elsewhere', inDays(4));
    await create('Later, in the campaign', inDays(40), campaign);
    const { myTasks } = await coordinator.ok<{ myTasks: { edges: { node: { id: string } }[] } }>(
      'query ($filter: TasksFilter) { myTasks(filter: $filter) { edges { node { id } } } }',
      { filter: { campaignId: campaign, dueFrom: inDays(1), dueTo: inDays(30) } },
    );
    expect(myTasks.edges.map((edge) => edge.node.id)).toEqual([soon]);
    const named = await coordinator.ok<{ task: { campaign: { name: string } } }>('query ($id: ID!) { task(id: $id) { campaign { name } } }', { id: soon });
    expect(named.task.campaign).toEqual({ name: 'Calendar campaign' });
    const invalid = await coordinator.query('{ myTasks(filter: { dueTo: "31/12/2026" }) { totalCount } }');
    expect(invalid.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.dueTo' });
  });

  it('should refuse a task due before it was created, or assigned to two at once, naming the field', async () => {
    const past = await coordinator.query(CREATE, { input: { title: 'Too late', dueDate: '2020-01-01' } });
    expect(past.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dueDate' });
    const users = await coordinator.ok<{ me: { id: string } }>('{ me { id } }');
    const both = await coordinator.query(CREATE, { input: { title: 'Both', assigneeUserId: users.me.id, assigneeOrganisationId: organisation } });
    expect(both.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assigneeOrganisationId' });
  });

  it('should email one digest per person per day, even when the job runs twice', async () => {
    const { me } = await coordinator.ok<{ me: { id: string } }>('{ me { id } }');
    await coordinator.ok(CREATE, { input: { title: 'Call the mission', assigneeUserId: me.id, dueDate: today() } });
    await coordinator.ok(CREATE, { input: { title: 'Brief the rapporteur', assigneeOrganisationId: organisation, dueDate: today() } });
    const handler = testApp.app.get(TaskDigestHandler);
    expect(SEND_TASK_DIGESTS.name).toBe('tasks.daily-digest');
    await handler.handle({ day: today() });
    await handler.handle({ day: today() });
    const toCoordinator = await testApp.smtp.waitForMessageTo('coordinator@alliance.test');
    expect(toCoordinator.parsed.text).toContain('Call the mission');
    const toMember = await testApp.smtp.waitForMessageTo('rep@sgn.test');
    expect(toMember.parsed.text).toContain('Brief the rapporteur');
    expect(toMember.parsed.text).not.toContain('Draft the joint letter');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const digests = testApp.smtp.messages.filter((message) => /task/.test(message.parsed.subject ?? ''));
    expect(digests.map((message) => message.envelopeTo[0]).sort()).toEqual(['coordinator@alliance.test', 'rep@sgn.test']);
  });
});
