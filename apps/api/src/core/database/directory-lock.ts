import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

/** Raised when another live process holds the lock; says which. */
export class DirectoryInUseError extends Error {}

/**
 * A lock file holding the owner's process id, created exclusively. A lock left by a process that no longer runs
 * (a crash, a kill -9) is taken over. Keeps a second process from opening files that only one may write at a time.
 */
export class DirectoryLock {
  private constructor(private readonly file: string) {}

  static acquire(file: string, what: string): DirectoryLock {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const descriptor = openSync(file, 'wx', 0o600);
        writeSync(descriptor, `${process.pid}\n`);
        closeSync(descriptor);
        return new DirectoryLock(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const owner = Number(readFileSync(file, 'utf8').trim());
        if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isRunning(owner)) {
          throw new DirectoryInUseError(
            `${what} is in use by process ${owner} (${file}). Stop that process first (or point DATABASE_URL at a Postgres server).`,
          );
        }
        rmSync(file, { force: true });
      }
    }
    throw new DirectoryInUseError(`Could not take ${file}`);
  }

  release(): void {
    try {
      if (Number(readFileSync(this.file, 'utf8').trim()) === process.pid) rmSync(this.file, { force: true });
    } catch {
      // Already gone.
    }
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
