import type { SeedContext } from './context';

/**
 * Extension points for data whose tables do not exist yet. The large scale's specification also asks for
 * 300 situations with their assessments (early-warning desk) and 1,000,000 mailing deliveries; when the
 * situations and mailings modules add their tables, generate them here, after campaigns (situations) and
 * after contacts and campaigns (deliveries), and add the tables to BULK_TABLES in run-seed.ts.
 */
export const PENDING_DATASETS = [
  { name: 'situations (with assessments)', count: (context: SeedContext) => context.counts.situations, waitsFor: 'the situations module' },
  { name: 'deliveries', count: (context: SeedContext) => context.counts.deliveries, waitsFor: 'the mailings module' },
] as const;

export async function generateSituations(_context: SeedContext): Promise<void> {
  // No situations tables yet: nothing to generate.
}

export async function generateDeliveries(_context: SeedContext): Promise<void> {
  // No mailings tables yet: nothing to generate.
}
