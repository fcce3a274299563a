import path from 'node:path';
import type { EmbeddedPostgres } from '../../src/core/database/embedded-postgres';
import { spawnEmbeddedPostgres } from '../../src/core/database/embedded-postgres-process';

const TYPESCRIPT_HOOK = path.resolve(__dirname, 'typescript-hook.cjs');

export type EmbeddedDatabaseProcess = EmbeddedPostgres;

/** The product's embedded database process, run from the TypeScript sources (jest's sandbox cannot load PGlite itself). */
export function startEmbeddedDatabaseProcess(directory: string): Promise<EmbeddedDatabaseProcess> {
  return spawnEmbeddedPostgres(directory, { nodeArguments: ['--conditions=source', '--require', TYPESCRIPT_HOOK], warn: (line) => process.stderr.write(`${line}\n`) });
}
