#!/usr/bin/env node
// Runs every project's tests one after another (2 cores: parallel suites fight over Postgres and the CPU),
// then prints one line adding all runners up: `tests: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(root, '.test-results');
rmSync(resultsDir, { recursive: true, force: true });

// project:target pairs, run one after another; timed scale tests last among the API's, alone, then the fault
// suite (its own Postgres and Redis, stopped and restarted under load; it builds the API it runs).
const projects = ['domain:test', 'api:test', 'api:test-scale', 'api:test-faults', 'admin:test', 'e2e:test'];
const only = process.argv.slice(2);
let exitCode = 0;
for (const project of only.length ? only : projects) {
  const target = project.includes(':') ? project : `${project}:test`;
  const run = spawnSync('npx', ['nx', 'run', target, '--skip-nx-cache', '--outputStyle=stream'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  if (run.status !== 0) exitCode = 1;
}

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(resultsDir)) {
  for (const file of readdirSync(resultsDir)) {
    const counts = JSON.parse(readFileSync(path.join(resultsDir, file), 'utf8'));
    passed += counts.passed;
    failed += counts.failed;
    skipped += counts.skipped ?? 0;
  }
}
// A runner that crashed before reporting still fails the run.
if (exitCode !== 0 && failed === 0) failed = 1;
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(exitCode);
