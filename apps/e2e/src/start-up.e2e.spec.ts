import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPOSITORY_ROOT } from './support/server';

const run = promisify(execFile);
const MAIN = path.join(REPOSITORY_ROOT, 'dist/api/apps/api/src/main.js');

async function startWith(environment: Record<string, string>, args: string[] = []): Promise<{ code: number; stderr: string }> {
  try {
    await run(process.execPath, [MAIN, ...args], { env: { PATH: process.env.PATH ?? '', ...environment }, timeout: 20_000 });
    return { code: 0, stderr: '' };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
  }
}

describe('Starting the production build', () => {
  it('should refuse to start in production without APP_SECRET, saying what to set', async () => {
    const { code, stderr } = await startWith({ NODE_ENV: 'production' });
    expect(code).toBe(1);
    expect(stderr).toContain('APP_SECRET: is required when NODE_ENV=production');
  });

  it('should name each malformed setting', async () => {
    const { code, stderr } = await startWith({ NODE_ENV: 'production', APP_SECRET: 'x'.repeat(40), DATABASE_URL: 'localhost/db', PORT: 'eighty' });
    expect(code).toBe(1);
    expect(stderr).toContain('DATABASE_URL: must be a postgres:// URL');
    expect(stderr).toContain('PORT: must be a whole number between 1 and 65535');
  });

  it('should refuse an unknown process role', async () => {
    const { code, stderr } = await startWith({ APP_SECRET: 'x'.repeat(40) }, ['--role=everything']);
    expect(code).toBe(1);
    expect(stderr).toContain('--role: must be one of api, worker, all');
  });
});
