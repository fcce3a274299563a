import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Browser } from 'playwright-core';
import { callApi } from './support/api';
import { expectAccessible, launchBrowser, newContext, screenshot } from './support/browser';
import { REPOSITORY_ROOT } from './support/server';

jest.setTimeout(240_000);

const START = path.join(REPOSITORY_ROOT, 'dist/api/apps/api/src/cli/start.js');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** `npm start`'s process, in an empty directory, on the embedded stack even where Postgres and Redis run. */
async function start(directory: string, port: number): Promise<{ child: ChildProcess; output: () => string }> {
  let output = '';
  const child = spawn(process.execPath, [START], {
    cwd: directory,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: directory,
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: 'pglite:.data/pglite',
      QUEUE_DRIVER: 'inline',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const deadline = Date.now() + 90_000;
  while (!output.includes('alliance-crm is ready')) {
    if (child.exitCode !== null) throw new Error(`npm start exited with code ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`npm start was not ready within 90 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { child, output: () => output };
}

async function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const code = await exited;
  clearTimeout(timer);
  return code;
}

describe('The first run, with nothing but Node', () => {
  let directory: string;
  let browser: Browser;
  let port: number;

  beforeAll(async () => {
    directory = mkdtempSync(path.join(tmpdir(), 'alliance-first-run-'));
    port = await freePort();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('should migrate, load the demo data, serve it, keep the mail in the outbox and keep everything across a restart', async () => {
    const first = await start(directory, port);
    let code: number | null;
    try {
      expect(first.output()).toContain('database: embedded Postgres (PGlite)');
      expect(first.output()).toContain('queue:    in this process');
      expect(first.output()).toMatch(/coordinator\s+demo-coordinator@alliance\.demo/);

      const context = await newContext(browser);
      const page = await context.newPage();
      // A step that cannot happen fails within seconds and says which, rather than running out the test's time.
      page.setDefaultTimeout(30_000);
      await page.goto(`http://127.0.0.1:${port}/sign-in`);
      await page.getByLabel('Email').fill('demo-coordinator@alliance.demo');
      await page.getByLabel('Password').fill('alliance-demo-2024');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('link', { name: 'Outbox' }).click();
      await page.getByRole('heading', { name: 'Outbox' }).waitFor();

      // An invitation is system mail: with no SMTP_URL it lands in the outbox, where a coordinator reads it.
      await callApi(page, 'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }', {
        input: { email: 'first.run@example.org', role: 'ADVOCATE', name: 'First Run' },
      });
      const row = page.getByRole('link', { name: 'You are invited to alliance-crm' });
      for (let attempt = 0; attempt < 20 && !(await row.isVisible()); attempt++) {
        await page.reload();
        await page.waitForTimeout(500);
      }
      await row.click();
      await page.frameLocator('iframe[title="The message as HTML"]').getByText(/invited/i).first().waitFor();
      await screenshot(page, 'outbox-message');
      await page.getByRole('tab', { name: 'Source' }).click();
      await page.getByText(/^Content-Type: multipart\/alternative/m).first().waitFor();
      // Checked with the source shown: axe cannot enter the mail's frame, whose empty sandbox runs no script at all.
      await expectAccessible(page);
      await context.close();
    } finally {
      code = await stop(first.child);
    }
    expect(code).toBe(0);

    const second = await start(directory, port);
    try {
      expect(second.output()).not.toContain('loading the demo dataset');
      expect(second.output()).toContain('The database schema is up to date.');
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      expect(response.status).toBe(200);
    } finally {
      await stop(second.child);
    }
  });
});
