import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { REPOSITORY_ROOT } from './server';

export const TEST_OUTPUT = path.join(REPOSITORY_ROOT, 'test-output/e2e');

/** Debian's Chromium, headless, with nothing phoning home (this machine's network is closed). */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  return browser;
}

/** A fresh browser profile (cookies, storage) that fails fast instead of waiting out jest's timeout. */
export async function newContext(browser: Browser, options: { locale?: string } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: options.locale ?? 'en-GB', viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(10_000);
  return context;
}

/**
 * Fails on serious or critical accessibility violations of the page as it is now, once what is fading or sliding
 * in has arrived (half-way through, a notice's text has not yet its final contrast). Endless animations such as a
 * spinner are not waited for.
 */
export async function expectAccessible(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  );
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  const report = serious.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect({ url: page.url(), violations: report }).toEqual({ url: page.url(), violations: [] });
}

export async function screenshot(page: Page, name: string, directory = TEST_OUTPUT): Promise<string> {
  mkdirSync(directory, { recursive: true });
  const file = path.join(directory, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
