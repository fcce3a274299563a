import path from 'node:path';
import { SmtpSink } from '@alliance/testing';
import { Browser } from 'playwright-core';
import { launchBrowser, newContext, screenshot } from './support/browser';
import { REPOSITORY_ROOT, RunningServer, startServer } from './support/server';

/** `npm run screenshots`: the main pages in English and French, into docs/screenshots/ for the README. */
const OUTPUT = path.join(REPOSITORY_ROOT, 'docs/screenshots');
const COORDINATOR = { email: 'grace@alliance.test', password: 'a coordinator passphrase' };

describe('Screenshots of the main pages', () => {
  let smtp: SmtpSink;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    smtp = await new SmtpSink().start();
    server = await startServer({ smtpUrl: smtp.url, name: 'screenshots' });
    // The demo dataset, so that the campaign pages show real-looking work.
    await server.cli('db-seed', ['--scale', 'demo']);
    await server.cli('user-create', ['--email', COORDINATOR.email, '--role', 'coordinator', '--name', 'Grace Okafor', '--password', COORDINATOR.password]);
    for (const [email, name, role] of [
      ['amina@alliance.test', 'Amina Diallo', 'advocate'],
      ['lucie@alliance.test', 'Lucie Martin', 'analyst'],
    ]) {
      await server.cli('user-create', ['--email', email, '--role', role, '--name', name, '--password', 'a long enough passphrase']);
    }
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.stop();
  });

  for (const language of ['en', 'fr'] as const) {
    it(`should capture sign-in, dashboard, campaigns, users and audit trail in ${language}`, async () => {
      const context = await newContext(browser, { locale: language === 'fr' ? 'fr-FR' : 'en-GB' });
      await context.addInitScript((lang) => window.localStorage.setItem('alliance-crm.language', lang), language);
      const page = await context.newPage();
      await page.goto(`${server.url}/sign-in`);
      await page.locator('input[type="email"]').waitFor();
      await screenshot(page, `sign-in.${language}`, OUTPUT);
      await page.locator('input[type="email"]').fill(COORDINATOR.email);
      await page.locator('input[type="password"]').fill(COORDINATOR.password);
      await page.locator('button[type="submit"]').click();
      await page.getByRole('navigation').first().waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(page, `dashboard.${language}`, OUTPUT);
      for (const route of ['users', 'audit', 'campaigns']) {
        await page.goto(`${server.url}/${route}`);
        await page.getByRole('table').first().waitFor();
        await page.waitForLoadState('networkidle');
        await screenshot(page, `${route}.${language}`, OUTPUT);
      }
      // The first campaign of the list: its page, then its board.
      await page.getByRole('table').first().getByRole('link').first().click();
      await page.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
      await page.getByRole('table', { name: 'Targets' }).or(page.getByRole('table', { name: 'Cibles' })).waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(page, `campaign.${language}`, OUTPUT);
      await page.goto(`${page.url()}/board`);
      await page.getByRole('region').first().waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(page, `campaign-board.${language}`, OUTPUT);
      for (const route of ['interactions/new', 'calendar']) {
        await page.goto(`${server.url}/${route}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.waitForLoadState('networkidle');
        await screenshot(page, `${route.replace('/', '-')}.${language}`, OUTPUT);
      }
      await context.close();
    });
  }
});
