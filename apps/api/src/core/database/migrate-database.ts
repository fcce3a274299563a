import type { DataSource } from 'typeorm';
import { syncReferenceData } from '../../reference-data/sync-reference-data';

/** Applies the pending migrations, one transaction each, then brings the reference data up to date. */
export async function migrateDatabase(dataSource: DataSource, options: { referenceData: boolean; log: (line: string) => void }): Promise<void> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  options.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}` : 'The database schema is up to date.');
  if (!options.referenceData) return;
  options.log(`Reference data up to date: ${(await syncReferenceData(dataSource)).join(', ')}.`);
}
