import { SmtpSink } from '@alliance/testing';
import { Browser, Page } from 'playwright-core';
import { callApi } from './api';
import { launchBrowser, newContext } from './browser';
import { RunningServer, startServer } from './server';

export const COORDINATOR = { email: 'coordinator@alliance.test', password: 'a coordinator passphrase', name: 'Grace Okafor' };

export interface CoordinatorStack {
  server: RunningServer;
  browser: Browser;
  smtp: SmtpSink;
}

/**
 * Registers the hooks that start the production build (with an SMTP sink and a coordinator made by the
 * user-create CLI) and a browser for the describe block, and stop them after. Read the stack inside tests.
 */
export function useCoordinatorStack(name: string): CoordinatorStack {
  const stack = {} as CoordinatorStack;
  beforeAll(async () => {
    stack.smtp = await new SmtpSink().start();
    stack.server = await startServer({ smtpUrl: stack.smtp.url, name });
    await stack.server.cli('user-create', ['--email', COORDINATOR.email, '--role', 'coordinator', '--name', COORDINATOR.name, '--password', COORDINATOR.password]);
    stack.browser = await launchBrowser();
  });
  afterAll(async () => {
    await stack.browser?.close();
    await stack.server?.stop();
    await stack.smtp?.stop();
  });
  return stack;
}

export function mainNavigation(page: Page) {
  return page.getByRole('navigation', { name: 'Main navigation' });
}

/** Signs the coordinator in through the sign-in page and waits for the signed-in layout. */
export async function signInAsCoordinator(page: Page, serverUrl: string): Promise<void> {
  await page.goto(`${serverUrl}/sign-in`);
  await page.getByLabel('Email').fill(COORDINATOR.email);
  await page.getByLabel('Password').fill(COORDINATOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await mainNavigation(page).waitFor();
}

export interface Invitee {
  email: string;
  name: string;
  role: 'ADVOCATE' | 'ANALYST' | 'MEMBER' | 'COORDINATOR';
  password: string;
  organisationId?: string;
}

/**
 * The coordinator (signed in on `coordinatorPage`) invites someone; they open the emailed link in a browser of
 * their own, choose a password and land signed in. Returns their page.
 */
export async function inviteAndAccept(stack: CoordinatorStack, coordinatorPage: Page, invitee: Invitee): Promise<Page> {
  const { password, ...input } = invitee;
  await callApi(coordinatorPage, 'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }', { input });
  const mail = await stack.smtp.waitForMessageTo(invitee.email);
  const link = /(http:\/\/127\.0\.0\.1:\d+\/accept-invitation\?token=[A-Za-z0-9_%-]+)/.exec(mail.parsed.text ?? '')?.[1];
  if (!link) throw new Error(`No invitation link in the mail to ${invitee.email}`);
  const page = await (await newContext(stack.browser)).newPage();
  await page.goto(link);
  await page.getByLabel(/^Choose a password/).fill(password);
  await page.getByLabel(/^Repeat the password/).fill(password);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await mainNavigation(page).waitFor();
  return page;
}
