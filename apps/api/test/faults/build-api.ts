import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { FAULTS_BUILD_DIR, REPOSITORY_ROOT } from './support/build';

/**
 * Builds what the fault suite runs: the shared domain library, then the API into its own directory (emptied
 * first: a stale migration or entity left there would be loaded by the globs). A type error fails the run.
 */
export default function buildApi(): void {
  const tsc = path.join(REPOSITORY_ROOT, 'node_modules/.bin/tsc');
  const started = Date.now();
  execFileSync(tsc, ['-p', 'libs/domain/tsconfig.lib.json'], { cwd: REPOSITORY_ROOT, stdio: 'inherit' });
  rmSync(FAULTS_BUILD_DIR, { recursive: true, force: true });
  execFileSync(tsc, ['-p', 'apps/api/tsconfig.app.json', '--outDir', FAULTS_BUILD_DIR], { cwd: REPOSITORY_ROOT, stdio: 'inherit' });
  process.stdout.write(`\nfaults: built the API in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
