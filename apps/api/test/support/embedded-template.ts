import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedDatabaseProcess } from './embedded-database';
import { migrateForTests } from './test-database';

/** Set by `npm run test:embedded`: the suite runs on the embedded stack (PGlite, the in-process queue). */
export function embeddedStack(): boolean {
  return process.env.TEST_STACK === 'embedded';
}

const TEMPLATE_ROOT_VARIABLE = 'ALLIANCE_EMBEDDED_TEMPLATE_ROOT';

function templateDirectory(): string {
  const root = process.env[TEMPLATE_ROOT_VARIABLE];
  if (!root) throw new Error('No embedded template: the global set-up did not run with TEST_STACK=embedded');
  return path.join(root, 'template');
}

/**
 * PGlite has one database per instance, so there is nothing to clone with CREATE DATABASE ... TEMPLATE: the
 * global set-up migrates one data directory, and each test file gets a copy of it with a PGlite of its own.
 */
export async function createEmbeddedTemplate(): Promise<void> {
  const root = mkdtempSync(path.join(tmpdir(), 'alliance-embedded-tests-'));
  // Jest starts its workers after the global set-up: they inherit this.
  process.env[TEMPLATE_ROOT_VARIABLE] = root;
  const embedded = await startEmbeddedDatabaseProcess(templateDirectory());
  try {
    await migrateForTests(embedded.url);
  } finally {
    await embedded.stop();
  }
}

export function removeEmbeddedTemplate(): void {
  const root = process.env[TEMPLATE_ROOT_VARIABLE];
  if (root) rmSync(root, { recursive: true, force: true });
}

/** A private copy of the migrated template, served by its own embedded Postgres. */
export async function startEmbeddedTestDatabase(name: string): Promise<{ url: string; remove(): Promise<void> }> {
  const directory = path.join(path.dirname(templateDirectory()), name);
  mkdirSync(path.dirname(directory), { recursive: true });
  cpSync(templateDirectory(), directory, { recursive: true });
  const embedded = await startEmbeddedDatabaseProcess(directory);
  return {
    url: embedded.url,
    async remove() {
      await embedded.stop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
