import { Role, UserStatus } from '@alliance/domain';
import type { DataSource } from 'typeorm';
import { runSeed } from './run-seed';
import { DEMO_USER_DOMAIN } from './users';

export interface DemoSignIn {
  email: string;
  role: Role;
}

export interface FirstRunResult {
  /** True when this run loaded the demo dataset (the database had no users and no organisations). */
  seeded: boolean;
  /** The active demo users, whichever run created them. */
  demoUsers: DemoSignIn[];
}

const ROLE_ORDER = [Role.COORDINATOR, Role.ADVOCATE, Role.ANALYST, Role.MEMBER];

/**
 * On an empty database (no users, no organisations) loads the demo dataset, unless told not to; a database with
 * anything in it is left as it is, so data survives restarts and nothing is ever seeded twice.
 */
export async function seedDemoOnFirstRun(
  dataSource: DataSource,
  options: { seedDemo: boolean; demoPassword: string; log: (line: string) => void },
): Promise<FirstRunResult> {
  const [{ users, organisations }] = await dataSource.query(
    'SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM organisations)::int AS organisations',
  );
  let seeded = false;
  if (users === 0 && organisations === 0 && options.seedDemo) {
    options.log('An empty database: loading the demo dataset (fictional organisations and people, real public institutions)...');
    const result = await runSeed(dataSource, {
      scale: 'demo',
      factor: 1,
      seed: 1,
      reset: false,
      anchorDay: new Date().toISOString().slice(0, 10),
      demoPassword: options.demoPassword,
      log: () => undefined,
    });
    options.log(`Demo dataset loaded in ${(result.totalMs / 1000).toFixed(1)} s.`);
    seeded = true;
  }
  const rows: DemoSignIn[] = await dataSource.query('SELECT email, role FROM users WHERE email LIKE $1 AND status = $2', [
    `demo-%@${DEMO_USER_DOMAIN}`,
    UserStatus.ACTIVE,
  ]);
  rows.sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
  return { seeded, demoUsers: rows };
}
