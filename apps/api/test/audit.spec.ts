import { Role } from '@alliance/domain';
import { createTestApp, GraphqlClient, TestApp } from './support/test-app';

const AUDIT = `query Audit($filter: AuditEventsFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { action entityType entityId actor { email } changes { field from to } } }
  }
}`;

interface AuditPage {
  auditEvents: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { action: string; entityId: string; actor: { email: string } | null; changes: { field: string; from: string | null; to: string | null }[] } }[];
  };
}

describe('Audit trail', () => {
  let testApp: TestApp;
  let coordinator: GraphqlClient;

  beforeAll(async () => {
    testApp = await createTestApp();
    coordinator = await testApp.signedIn(Role.COORDINATOR, 'coordinator@alliance.test');
  });

  afterAll(() => testApp.close());

  it('should record who invited whom, with the fields set, and show it to coordinators', async () => {
    const { inviteUser } = await coordinator.ok<{ inviteUser: { id: string } }>(
      'mutation { inviteUser(input: { email: "new@alliance.test", name: "New Person", role: ANALYST }) { id } }',
    );
    const page = await coordinator.ok<AuditPage>(AUDIT, { filter: { entityType: 'user', entityId: inviteUser.id } });
    const [event] = page.auditEvents.edges.map((edge) => edge.node);
    expect(event.action).toBe('user.invite');
    expect(event.actor?.email).toBe('coordinator@alliance.test');
    expect(event.changes).toEqual(
      expect.arrayContaining([
        { field: 'email', from: null, to: '"new@alliance.test"' },
        { field: 'role', from: null, to: '"ANALYST"' },
      ]),
    );
  });

  it('should record a role change with the value before and after', async () => {
    const { inviteUser } = await coordinator.ok<{ inviteUser: { id: string } }>(
      'mutation { inviteUser(input: { email: "promoted@alliance.test", name: "Promoted", role: ADVOCATE }) { id } }',
    );
    await coordinator.ok('mutation ($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { role } }', {
      input: { userId: inviteUser.id, role: 'COORDINATOR' },
    });
    const page = await coordinator.ok<AuditPage>(AUDIT, { filter: { entityId: inviteUser.id, action: 'user.change-role' } });
    expect(page.auditEvents.edges[0].node.changes).toEqual([{ field: 'role', from: '"ADVOCATE"', to: '"COORDINATOR"' }]);
  });

  it('should write no audit event when the change itself is refused', async () => {
    const before = await coordinator.ok<AuditPage>(AUDIT, { filter: { action: 'user.invite' } });
    const refused = await coordinator.query('mutation { inviteUser(input: { email: "NEW@alliance.test", name: "Dup", role: ANALYST }) { id } }');
    expect(refused.errors?.[0].extensions.field).toBe('email');
    const after = await coordinator.ok<AuditPage>(AUDIT, { filter: { action: 'user.invite' } });
    expect(after.auditEvents.totalCount).toBe(before.auditEvents.totalCount);
  });

  it('should page through the trail, newest first, with cursors', async () => {
    const first = await coordinator.ok<AuditPage>(AUDIT, { first: 2 });
    expect(first.auditEvents.edges).toHaveLength(2);
    expect(first.auditEvents.pageInfo.hasNextPage).toBe(true);
    const second = await coordinator.ok<AuditPage>(AUDIT, { first: 2, after: first.auditEvents.pageInfo.endCursor });
    const seen = new Set(first.auditEvents.edges.map((e) => JSON.stringify(e.node)));
    expect(second.auditEvents.edges.some((e) => seen.has(JSON.stringify(e.node)))).toBe(false);
    const bad = await coordinator.query(AUDIT, { after: 'not-a-cursor' });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const tooMany = await coordinator.query(AUDIT, { first: 101 });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('should refuse the audit trail to every role but coordinator', async () => {
    for (const role of [Role.ADVOCATE, Role.ANALYST]) {
      const client = await testApp.signedIn(role);
      expect((await client.query(AUDIT)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
  });
});
