// EXPLAIN (ANALYZE, BUFFERS) of the SQL an operation ran, as captured by `npm run bench:api -- --keep-sql FILE`.
// Usage: node scripts/bench-api/explain.mjs FILE [operation ...] [--min-ms 5]
// Prints, per operation, each statement slower than --min-ms with its plan. DATABASE_URL: alliance_bench by default.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { benchDatabaseUrl, withClient } from './database.mjs';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'min-ms': { type: 'string', default: '5' } } });
const [file, ...only] = positionals;
if (!file) {
  process.stderr.write('Usage: node scripts/bench-api/explain.mjs FILE [operation ...] [--min-ms 5]\n');
  process.exit(1);
}
const captured = JSON.parse(readFileSync(file, 'utf8'));
const minMs = Number(values['min-ms']);
const value = (v) => (v !== null && typeof v === 'object' ? Buffer.from(v.base64, 'base64') : v);

await withClient(benchDatabaseUrl('alliance_bench'), async (client) => {
  for (const [operation, waves] of Object.entries(captured)) {
    if (only.length && !only.includes(operation)) continue;
    const statements = waves.flat(2).filter(({ sql }) => /^\s*(SELECT|WITH)\b/i.test(sql));
    process.stdout.write(`\n## ${operation}: ${statements.length} SELECT statements\n`);
    for (const { sql, values: params } of statements) {
      const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params.map(value));
      const plan = rows.map((row) => row['QUERY PLAN']);
      const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan.at(-1))?.[1] ?? 0);
      if (ms < minMs) continue;
      process.stdout.write(`\n### ${ms.toFixed(1)} ms\n${sql}\n-- parameters: ${JSON.stringify(params).slice(0, 300)}\n${plan.join('\n')}\n`);
    }
  }
});
