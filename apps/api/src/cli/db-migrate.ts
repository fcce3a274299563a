import 'reflect-metadata';
import { ConfigurationError } from '../config/validate-environment';
import { DirectoryInUseError } from '../core/database/directory-lock';
import { migrateDatabase } from '../core/database/migrate-database';
import { withCommandDatabase } from './command-database';

export { createDatabaseIfMissing } from './command-database';

async function main(): Promise<void> {
  await withCommandDatabase({ createIfMissing: true }, (dataSource) =>
    // --schema-only: the migration generator migrates a scratch database whose newest tables may not exist yet.
    migrateDatabase(dataSource, { referenceData: !process.argv.includes('--schema-only'), log: (line) => process.stdout.write(`${line}\n`) }),
  );
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigurationError || error instanceof DirectoryInUseError;
  process.stderr.write(known ? `${(error as Error).message}\n` : `Migration failed: ${String(error)}\n`);
  process.exit(1);
});
