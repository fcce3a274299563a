import type { SeedContext } from './context';

/**
 * Extension points for data whose tables do not exist yet. The large scale's specification also asks for
 * 300 situations with their assessments (early-warning desk); when the situations module adds its tables,
 * generate them here, after campaigns, and add the tables to BULK_TABLES in run-seed.ts.
 */
export const PENDING_DATASETS = [
  { name: 'situations (with assessments)', count: (context: SeedContext) => context.counts.situations, waitsFor: 'the situations module' },
] as const;

export async function generateSituations(_context: SeedContext): Promise<void> {
  // No situations tables yet: nothing to generate.
}
