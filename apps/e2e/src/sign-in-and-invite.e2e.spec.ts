import { SmtpSink } from '@alliance/testing';
import { Browser } from 'playwright-core';
import { expectAccessible, launchBrowser, newContext, screenshot } from './support/browser';
import { RunningServer, startServer } from './support/server';

const COORDINATOR = { email: 'coordinator@alliance.test', password: 'a coordinator passphrase' };
const ADVOCATE = { email: 'amina@alliance.test', name: 'Amina Diallo', password: 'an advocate passphrase' };

describe('Signing in and inviting a colleague, in a real browser', () => {
  let smtp: SmtpSink;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    smtp = await new SmtpSink().start();
    server = await startServer({ smtpUrl: smtp.url, name: 'invite' });
    await server.cli('user-create', ['--email', COORDINATOR.email, '--role', 'coordinator', '--name', 'Grace Okafor', '--password', COORDINATOR.password]);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.stop();
  });

  it('should let the coordinator sign in and invite an advocate, who sets a password, signs in and is refused the users page', async () => {
    const coordinatorContext = await newContext(browser);
    const coordinator = await coordinatorContext.newPage();
    await coordinator.goto(`${server.url}/`);
    await coordinator.getByRole('heading', { name: 'Sign in' }).waitFor();
    await expectAccessible(coordinator);
    await coordinator.getByLabel('Email').fill(COORDINATOR.email);
    await coordinator.getByLabel('Password').fill('not the right password');
    await coordinator.getByRole('button', { name: 'Sign in' }).click();
    await coordinator.getByText('The email or password is incorrect.').waitFor();

    await coordinator.getByLabel('Password').fill(COORDINATOR.password);
    await coordinator.getByRole('button', { name: 'Sign in' }).click();
    await coordinator.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Users' }).waitFor();
    await expectAccessible(coordinator);
    await screenshot(coordinator, 'coordinator-dashboard');

    await coordinator.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Users' }).click();
    await coordinator.getByRole('heading', { name: 'Users' }).waitFor();
    await expectAccessible(coordinator);
    await coordinator.getByRole('button', { name: 'Invite user' }).click();
    const dialog = coordinator.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Email' }).fill('amina@');
    await dialog.getByRole('textbox', { name: 'Name' }).fill(ADVOCATE.name);
    await dialog.getByRole('combobox', { name: 'Role' }).click();
    await coordinator.getByRole('option', { name: /^Advocate/ }).click();
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await dialog.getByText('must be an email address, e.g. name@example.org').waitFor();
    await expectAccessible(coordinator);
    await dialog.getByRole('textbox', { name: 'Email' }).fill(ADVOCATE.email);
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await coordinator.getByText(`Invitation sent to ${ADVOCATE.email}.`).waitFor();
    await coordinator.getByRole('cell', { name: ADVOCATE.email }).waitFor();
    await screenshot(coordinator, 'users-after-invitation');

    const mail = await smtp.waitForMessageTo(ADVOCATE.email);
    const link = /(http:\/\/127\.0\.0\.1:\d+\/accept-invitation\?token=[A-Za-z0-9_%-]+)/.exec(mail.parsed.text ?? '')?.[1];
    expect(link).toBeDefined();

    const advocateContext = await newContext(browser);
    const advocate = await advocateContext.newPage();
    await advocate.goto(link as string);
    await advocate.getByRole('heading', { name: 'Accept your invitation' }).waitFor();
    await expectAccessible(advocate);
    await advocate.getByLabel(/^Choose a password/).fill(ADVOCATE.password);
    await advocate.getByLabel(/^Repeat the password/).fill(ADVOCATE.password);
    await advocate.getByRole('button', { name: 'Create my account' }).click();
    await advocate.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await expect(advocate.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Users' }).count()).resolves.toBe(0);
    await advocate.goto(`${server.url}/users`);
    await advocate.getByRole('heading', { name: 'You do not have access to this page' }).waitFor();
    await expectAccessible(advocate);
    await screenshot(advocate, 'advocate-refused-users');

    // Signed out, the advocate can sign in again with the password just chosen.
    await advocate.getByRole('button', { name: 'Sign out' }).click();
    await advocate.getByRole('heading', { name: 'Sign in' }).waitFor();
    await advocate.getByLabel('Email').fill(ADVOCATE.email);
    await advocate.getByLabel('Password').fill(ADVOCATE.password);
    await advocate.getByRole('button', { name: 'Sign in' }).click();
    await advocate.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await advocateContext.close();
    await coordinatorContext.close();
  });
});
