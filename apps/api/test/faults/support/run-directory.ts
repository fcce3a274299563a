import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Every run's private directory starts with this, so a later run can find what a crashed one left. */
const PREFIX = 'alliance-faults-';
const DEBIAN_POSTGRES = '/usr/lib/postgresql';

/** Where initdb and pg_ctl are: FAULTS_PG_BIN, else the newest Postgres Debian installed (15 here). */
function postgresBinaries(): string {
  if (process.env.FAULTS_PG_BIN) return process.env.FAULTS_PG_BIN;
  const versions = existsSync(DEBIAN_POSTGRES)
    ? readdirSync(DEBIAN_POSTGRES)
        .filter((version) => existsSync(path.join(DEBIAN_POSTGRES, version, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions.length) throw new Error(`No Postgres server binaries under ${DEBIAN_POSTGRES}: set FAULTS_PG_BIN to the directory of initdb and pg_ctl`);
  return path.join(DEBIAN_POSTGRES, versions[0], 'bin');
}

/** Postgres refuses to run as root: as root, its commands run as the `postgres` user. */
export function postgresCommand(binary: string, args: string[]): [string, string[]] {
  const program = path.join(postgresBinaries(), binary);
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', program, ...args]] : [program, args];
}

/** A fresh temporary directory for one run, owned by whoever runs Postgres. */
export function createRunDirectory(): string {
  const dir = mkdtempSync(path.join(tmpdir(), PREFIX));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  return dir;
}

/** The pids a run started and may have to end, one per line, each checked against what it runs before a kill. */
export const PIDS_FILE = 'pids';

/** True when the process still runs and was started for this run directory (its command line or environment names it). */
export function isOurs(pid: number, dir: string): boolean {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (cmdline.includes(dir)) return true;
    return readFileSync(`/proc/${pid}/environ`, 'utf8').includes(`FAULTS_RUN_DIR=${dir}`);
  } catch {
    return false;
  }
}

/**
 * Ends what an earlier run that crashed (or was killed) left behind: its Postgres cluster, its Redis and app
 * processes (only pids it recorded that still run for its directory), then removes the directory.
 */
export function removeLeftoverRuns(): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(PREFIX)) continue;
    removeRun(path.join(tmpdir(), name));
  }
}

/** Stops everything of one run directory (synchronously: also usable from an exit handler) and deletes it. */
export function removeRun(dir: string): void {
  const pidsFile = path.join(dir, PIDS_FILE);
  if (existsSync(pidsFile)) {
    for (const line of readFileSync(pidsFile, 'utf8').split('\n')) {
      const pid = Number(line);
      if (pid > 0 && isOurs(pid, dir)) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    }
  }
  if (existsSync(path.join(dir, 'pg', 'postmaster.pid'))) {
    const [program, args] = postgresCommand('pg_ctl', ['-D', path.join(dir, 'pg'), '-m', 'immediate', '-w', 'stop']);
    try {
      execFileSync(program, args, { stdio: 'ignore' });
    } catch {
      // Not running after all.
    }
  }
  rmSync(dir, { recursive: true, force: true });
}
