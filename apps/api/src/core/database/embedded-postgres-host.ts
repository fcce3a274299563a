// The process that hosts the embedded database (see embedded-postgres-process.ts). Prints "ready <url>" once it
// listens; shuts PGlite down cleanly when its standard input closes, which is also what happens when the process
// that started it ends, however it ends.
import { DirectoryInUseError } from './directory-lock';
import { startEmbeddedPostgres } from './embedded-postgres';

async function main(): Promise<void> {
  const directory = process.argv[2];
  if (!directory) throw new Error('usage: embedded-postgres-host <directory>');
  const embedded = await startEmbeddedPostgres(directory, { warn: (message) => process.stderr.write(`embedded Postgres: ${message}\n`) });
  process.stdout.write(`ready ${embedded.url}\n`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    embedded.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`The embedded database did not stop cleanly: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.stdin.on('end', stop);
  process.stdin.on('close', stop);
  process.stdin.resume();
  process.on('SIGTERM', stop);
  // Ctrl+C reaches the whole process group: the parent decides when this process stops (by closing stdin).
  process.on('SIGINT', () => undefined);
}

main().catch((error: unknown) => {
  process.stderr.write(error instanceof DirectoryInUseError ? `${error.message}\n` : `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(error instanceof DirectoryInUseError ? 3 : 1);
});
