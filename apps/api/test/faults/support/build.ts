import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../../../..');

/**
 * The fault suite's own copy of the production build: what `tsc -p apps/api/tsconfig.app.json` emits, in a
 * directory nobody else writes to, so a rebuild of dist/api during the run cannot change the code under a
 * process that restarts.
 */
export const FAULTS_BUILD_DIR = path.join(ROOT, 'dist/faults/api');
/** Logs of the run's processes and its report, kept after the run. */
export const FAULTS_OUTPUT_DIR = path.join(ROOT, 'test-output/faults');
export const REPOSITORY_ROOT = ROOT;
