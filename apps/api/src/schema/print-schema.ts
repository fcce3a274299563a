import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { buildApiSchemaSdl } from './api-schema';

/** Writes the GraphQL schema the resolvers declare to the given file (apps/api/schema.graphql). */
async function main(): Promise<void> {
  const target = process.argv[2];
  if (!target) throw new Error('Usage: print-schema <file>');
  writeFileSync(target, await buildApiSchemaSdl());
  process.stdout.write(`Wrote ${target}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
