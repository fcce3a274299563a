import { Role } from '@alliance/domain';
import { createTestApp, TEST_PASSWORD, TestApp } from './support/test-app';

const ME = '{ me { id email role } }';

describe('Sign-in and sessions', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
    await testApp.createUser({ email: 'Coordinator@Alliance.test', role: Role.COORDINATOR });
  });

  afterAll(() => testApp.close());

  it('should sign in with the right password, whatever the case of the email, and set an HTTP-only SameSite cookie', async () => {
    const client = testApp.client();
    const result = await client.signIn('coordinator@alliance.test');
    expect(result.errors).toBeUndefined();
    const cookie = String(result.headers['set-cookie']);
    expect(cookie).toMatch(/alliance_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await client.ok<{ me: { email: string; role: Role } }>(ME);
    expect(me.me).toMatchObject({ email: 'Coordinator@Alliance.test', role: Role.COORDINATOR });
  });

  it('should refuse a wrong password and an unknown email with the same message', async () => {
    const wrongPassword = await testApp.client().signIn('coordinator@alliance.test', 'not the password at all');
    const unknownEmail = await testApp.client().signIn('nobody@alliance.test', TEST_PASSWORD);
    expect(wrongPassword.errors?.[0].extensions.code).toBe('INVALID_CREDENTIALS');
    expect(unknownEmail.errors?.[0].extensions.code).toBe('INVALID_CREDENTIALS');
    expect(wrongPassword.errors?.[0].message).toBe(unknownEmail.errors?.[0].message);
    expect(wrongPassword.headers['set-cookie']).toBeUndefined();
  });

  it('should refuse a malformed email naming the field', async () => {
    const result = await testApp.client().signIn('not-an-email', TEST_PASSWORD);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('should pause sign-in to an account after ten failed attempts, even with the right password', async () => {
    await testApp.createUser({ email: 'target@alliance.test', role: Role.ADVOCATE });
    for (let attempt = 0; attempt < 10; attempt++) {
      const result = await testApp.client().signIn('target@alliance.test', `guess number ${attempt} wrong`);
      expect(result.errors?.[0].extensions.code).toBe('INVALID_CREDENTIALS');
    }
    const blocked = await testApp.client().signIn('target@alliance.test');
    expect(blocked.errors?.[0].extensions.code).toBe('TOO_MANY_ATTEMPTS');
    expect(blocked.errors?.[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('should end the session on sign-out so the old cookie no longer works', async () => {
    await testApp.createUser({ email: 'leaving@alliance.test', role: Role.ADVOCATE });
    const client = testApp.client();
    const token = /alliance_session=([^;]+)/.exec(String((await client.signIn('leaving@alliance.test')).headers['set-cookie']))?.[1];
    expect((await client.ok<{ me: unknown }>(ME)).me).not.toBeNull();
    await client.ok('mutation { signOut }');
    expect((await client.ok<{ me: unknown }>(ME)).me).toBeNull();
    const replay = testApp.client();
    replay.agent.jar.setCookie(`alliance_session=${token}`);
    expect((await replay.ok<{ me: unknown }>(ME)).me).toBeNull();
  });

  it('should replace the browser session on sign-in (no session fixation)', async () => {
    await testApp.createUser({ email: 'rotate@alliance.test', role: Role.ANALYST });
    const client = testApp.client();
    const first = String((await client.signIn('rotate@alliance.test')).headers['set-cookie']);
    const second = String((await client.signIn('rotate@alliance.test')).headers['set-cookie']);
    const tokenOf = (cookie: string) => /alliance_session=([^;]+)/.exec(cookie)?.[1];
    expect(tokenOf(first)).not.toEqual(tokenOf(second));
    const stale = testApp.client();
    stale.agent.jar.setCookie(`alliance_session=${tokenOf(first)}`);
    expect((await stale.ok<{ me: unknown }>(ME)).me).toBeNull();
  });

  it('should sign a user out of every browser with signOutEverywhere', async () => {
    await testApp.createUser({ email: 'two-browsers@alliance.test', role: Role.ADVOCATE });
    const laptop = testApp.client();
    const phone = testApp.client();
    await laptop.signIn('two-browsers@alliance.test');
    await phone.signIn('two-browsers@alliance.test');
    await laptop.ok('mutation { signOutEverywhere }');
    expect((await phone.ok<{ me: unknown }>(ME)).me).toBeNull();
  });

  it('should stop a disabled user at once, in the session they already have', async () => {
    const coordinator = testApp.client();
    await coordinator.signIn('coordinator@alliance.test');
    const advocate = await testApp.signedIn(Role.ADVOCATE, 'soon-disabled@alliance.test');
    const { me } = await advocate.ok<{ me: { id: string } }>(ME);
    await coordinator.ok('mutation ($userId: ID!) { disableUser(userId: $userId) { status } }', { userId: me.id });
    expect((await advocate.ok<{ me: unknown }>(ME)).me).toBeNull();
    const again = await testApp.client().signIn('soon-disabled@alliance.test');
    expect(again.errors?.[0].extensions.code).toBe('INVALID_CREDENTIALS');
  });

  it('should refuse an operation to an anonymous caller with UNAUTHENTICATED', async () => {
    const result = await testApp.client().query('{ users { totalCount } }');
    expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
  });
});
