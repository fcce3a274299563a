import { Role } from '@alliance/domain';
import { createTestApp, GraphqlClient, TestApp } from './support/test-app';

const INVITE = `mutation Invite($input: InviteUserInput!) { inviteUser(input: $input) { id email role status } }`;
const PREVIEW = `query Preview($token: String!) { invitation(token: $token) { email name role } }`;
const ACCEPT = `mutation Accept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id status role } }`;

function tokenFrom(text: string): string {
  const match = /accept-invitation\?token=([A-Za-z0-9_%-]+)/.exec(text);
  if (!match) throw new Error(`No invitation link in: ${text}`);
  return decodeURIComponent(match[1]);
}

describe('Inviting users', () => {
  let testApp: TestApp;
  let coordinator: GraphqlClient;

  beforeAll(async () => {
    testApp = await createTestApp();
    coordinator = await testApp.signedIn(Role.COORDINATOR, 'coordinator@alliance.test');
  });

  afterAll(() => testApp.close());

  it('should mail the invitation through SMTP, and let the advocate set a password, sign in, and be refused the users list', async () => {
    const { inviteUser } = await coordinator.ok<{ inviteUser: { status: string } }>(INVITE, {
      input: { email: 'amina@alliance.test', name: 'Amina Diallo', role: 'ADVOCATE' },
    });
    expect(inviteUser.status).toBe('INVITED');

    const mail = await testApp.smtp.waitForMessageTo('amina@alliance.test');
    expect(mail.parsed.subject).toBe('You are invited to alliance-crm');
    expect(mail.parsed.text).toContain('Hello Amina Diallo,');
    const token = tokenFrom(mail.parsed.text ?? '');
    expect(mail.parsed.html).toContain('http://admin.test/accept-invitation?token=');

    const advocate = testApp.client();
    const preview = await advocate.ok<{ invitation: { email: string; role: string } }>(PREVIEW, { token });
    expect(preview.invitation).toEqual({ email: 'amina@alliance.test', name: 'Amina Diallo', role: 'ADVOCATE' });

    const tooShort = await advocate.query(ACCEPT, { input: { token, password: 'short' } });
    expect(tooShort.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });

    const accepted = await advocate.ok<{ acceptInvitation: { status: string } }>(ACCEPT, {
      input: { token, password: 'a long and private passphrase' },
    });
    expect(accepted.acceptInvitation.status).toBe('ACTIVE');
    const me = await advocate.ok<{ me: { email: string } }>('{ me { email } }');
    expect(me.me.email).toBe('amina@alliance.test');

    const refused = await advocate.query('{ users { totalCount } }');
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');

    const fresh = testApp.client();
    expect((await fresh.signIn('amina@alliance.test', 'a long and private passphrase')).errors).toBeUndefined();

    const reused = await testApp.client().query(ACCEPT, { input: { token, password: 'another long passphrase' } });
    expect(reused.errors?.[0].extensions.code).toBe('INVITATION_INVALID');
  });

  it('should send the invitation in French to a French speaker', async () => {
    await coordinator.ok(INVITE, { input: { email: 'lucie@alliance.test', name: 'Lucie', role: 'ANALYST', language: 'FR' } });
    const mail = await testApp.smtp.waitForMessageTo('lucie@alliance.test');
    expect(mail.parsed.subject).toBe('Vous êtes invité·e sur alliance-crm');
    expect(mail.parsed.text).toContain('analyste');
  });

  it('should refuse a malformed email naming the field, and write nothing', async () => {
    const result = await coordinator.query(INVITE, { input: { email: 'rashid@', name: 'Rashid', role: 'ADVOCATE' } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(result.errors?.[0].message).toMatch(/email/);
    const { users } = await coordinator.ok<{ users: { totalCount: number } }>('{ users(filter: { search: "rashid" }) { totalCount } }');
    expect(users.totalCount).toBe(0);
  });

  it('should refuse an email already used by another user, whatever its case', async () => {
    await coordinator.ok(INVITE, { input: { email: 'twice@alliance.test', name: 'Twice', role: 'ADVOCATE' } });
    const result = await coordinator.query(INVITE, { input: { email: 'TWICE@alliance.test', name: 'Twice', role: 'ADVOCATE' } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('should require an organisation for a MEMBER', async () => {
    const result = await coordinator.query(INVITE, { input: { email: 'member@ngo.test', name: 'Member', role: 'MEMBER' } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organisationId' });
  });

  it('should refuse an expired invitation link with a clear message', async () => {
    await coordinator.ok(INVITE, { input: { email: 'late@alliance.test', name: 'Late', role: 'ADVOCATE' } });
    const token = tokenFrom((await testApp.smtp.waitForMessageTo('late@alliance.test')).parsed.text ?? '');
    await testApp.dataSource.query(
      "UPDATE invitations SET expires_at = now() - interval '1 minute' FROM users WHERE users.id = invitations.user_id AND users.email = 'late@alliance.test'",
    );
    const preview = await testApp.client().query(PREVIEW, { token });
    expect(preview.errors?.[0].extensions.code).toBe('INVITATION_EXPIRED');
    const accept = await testApp.client().query(ACCEPT, { input: { token, password: 'a long and private passphrase' } });
    expect(accept.errors?.[0].extensions.code).toBe('INVITATION_EXPIRED');
    expect(accept.errors?.[0].message).toMatch(/expired/);
  });

  it('should make the previous link stop working when the invitation is sent again', async () => {
    const { inviteUser } = await coordinator.ok<{ inviteUser: { id: string } }>(INVITE, {
      input: { email: 'again@alliance.test', name: 'Again', role: 'ADVOCATE' },
    });
    const first = tokenFrom((await testApp.smtp.waitForMessageTo('again@alliance.test')).parsed.text ?? '');
    testApp.smtp.messages.length = 0;
    await coordinator.ok('mutation ($userId: ID!) { resendInvitation(userId: $userId) { id } }', { userId: inviteUser.id });
    const second = tokenFrom((await testApp.smtp.waitForMessageTo('again@alliance.test')).parsed.text ?? '');
    expect(second).not.toEqual(first);
    expect((await testApp.client().query(PREVIEW, { token: first })).errors?.[0].extensions.code).toBe('INVITATION_INVALID');
    expect((await testApp.client().query(PREVIEW, { token: second })).errors).toBeUndefined();
  });

  it('should refuse invitations from anyone but a coordinator', async () => {
    const advocate = await testApp.signedIn(Role.ADVOCATE);
    const result = await advocate.query(INVITE, { input: { email: 'x@alliance.test', name: 'X', role: 'COORDINATOR' } });
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
