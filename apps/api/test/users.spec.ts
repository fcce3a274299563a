import { Role } from '@alliance/domain';
import { createTestApp, GraphqlClient, TestApp } from './support/test-app';

const USERS = `query Users($filter: UsersFilter, $first: Int, $after: String) {
  users(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name email role status } }
  }
}`;

interface UsersPage {
  users: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string; name: string; status: string } }[] };
}

describe('Managing users', () => {
  let testApp: TestApp;
  let coordinator: GraphqlClient;
  let coordinatorId: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    coordinator = await testApp.signedIn(Role.COORDINATOR, 'coordinator@alliance.test');
    coordinatorId = (await coordinator.ok<{ me: { id: string } }>('{ me { id } }')).me.id;
    for (const name of ['Bea', 'Ali', 'Chen', 'Dana', 'Emeka']) {
      await testApp.createUser({ email: `${name.toLowerCase()}@alliance.test`, name, role: Role.ADVOCATE });
    }
  });

  afterAll(() => testApp.close());

  it('should list users by name across pages without repeating anyone', async () => {
    const names: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page: UsersPage = await coordinator.ok<UsersPage>(USERS, { filter: { role: 'ADVOCATE' }, first: 2, after });
      expect(page.users.totalCount).toBe(5);
      names.push(...page.users.edges.map((edge) => edge.node.name));
      if (!page.users.pageInfo.hasNextPage) break;
      after = page.users.pageInfo.endCursor;
    }
    expect(names).toEqual(['Ali', 'Bea', 'Chen', 'Dana', 'Emeka']);
  });

  it('should find users by part of their name or email', async () => {
    const page = await coordinator.ok<UsersPage>(USERS, { filter: { search: 'MEK' } });
    expect(page.users.edges.map((edge) => edge.node.name)).toEqual(['Emeka']);
  });

  it('should let staff find active colleagues to assign work to, and refuse member representatives', async () => {
    const COLLEAGUES = 'query ($filter: UsersFilter) { colleagues(filter: $filter) { edges { node { name role } } } }';
    await testApp.createUser({ email: 'dan@member.test', name: 'Dan Member', role: Role.MEMBER });
    const analyst = await testApp.signedIn(Role.ANALYST);
    const page = await analyst.ok<{ colleagues: { edges: { node: { name: string } }[] } }>(COLLEAGUES, { filter: { search: 'dan' } });
    expect(page.colleagues.edges.map((edge) => edge.node.name)).toEqual(['Dana']);
    expect((await analyst.query(USERS, {})).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const member = await testApp.signedIn(Role.MEMBER);
    expect((await member.query(COLLEAGUES, {})).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('should not let a coordinator disable or demote themselves', async () => {
    const result = await coordinator.query('mutation ($userId: ID!) { disableUser(userId: $userId) { id } }', { userId: coordinatorId });
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('should keep at least one active coordinator when two coordinators demote each other at once', async () => {
    const first = await testApp.createUser({ email: 'first@alliance.test', role: Role.COORDINATOR });
    const second = await testApp.createUser({ email: 'second@alliance.test', role: Role.COORDINATOR });
    const firstClient = testApp.client();
    const secondClient = testApp.client();
    await firstClient.signIn('first@alliance.test');
    await secondClient.signIn('second@alliance.test');
    // The signed-in coordinator of this file steps aside so that only these two remain.
    await firstClient.ok('mutation ($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { role } }', {
      input: { userId: coordinatorId, role: 'ADVOCATE' },
    });
    const demote = 'mutation ($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { role } }';
    const results = await Promise.all([
      firstClient.query(demote, { input: { userId: second.id, role: 'ADVOCATE' } }),
      secondClient.query(demote, { input: { userId: first.id, role: 'ADVOCATE' } }),
    ]);
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    const [{ count }] = await testApp.dataSource.query("SELECT count(*)::int AS count FROM users WHERE role = 'COORDINATOR' AND status = 'ACTIVE'");
    expect(count).toBe(1);
  });

  it('should refuse an unknown user id with NOT_FOUND and a malformed one naming the field', async () => {
    const admin = await testApp.signedIn(Role.COORDINATOR);
    const unknown = await admin.query('mutation { disableUser(userId: "6f1c9a4e-2d7b-4b8e-9c3a-1e2f3a4b5c6d") { id } }');
    expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const malformed = await admin.query('mutation { disableUser(userId: "42") { id } }');
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
  });

  it('should remember a user language preference', async () => {
    const analyst = await testApp.signedIn(Role.ANALYST);
    await analyst.ok('mutation { updateMyPreferences(input: { language: FR }) { language } }');
    expect((await analyst.ok<{ me: { language: string } }>('{ me { language } }')).me.language).toBe('FR');
  });
});
