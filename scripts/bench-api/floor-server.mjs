// The floor: a bare Node http server that answers POST /<operation> by running the SQL the API ran for it (captured
// with its parameters) through a bare pg Pool, and returns the rows as JSON. No GraphQL, no framework, no auth.
// Usage: node floor-server.mjs <captured.json> <port>; DATABASE_URL names the database. Prints "ready" when listening.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import pg from 'pg';

const [file, port] = process.argv.slice(2);
/** { operation: waves }: waves run one after the other, the units of a wave at once, a unit's statements in order. */
const captured = JSON.parse(readFileSync(file, 'utf8'));
// The API's pool size (apps/api/src/core/database/data-source-options.ts).
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20, application_name: 'alliance-bench-floor' });

const value = (v) => (v !== null && typeof v === 'object' ? Buffer.from(v.base64, 'base64') : v);

async function runUnit(statements) {
  if (statements.length === 1) {
    const { sql, values } = statements[0];
    return [(await pool.query(sql, values.map(value))).rows];
  }
  const client = await pool.connect();
  try {
    const results = [];
    for (const { sql, values } of statements) results.push((await client.query(sql, values.map(value))).rows);
    return results;
  } finally {
    client.release();
  }
}

async function replay(waves) {
  const rows = [];
  for (const wave of waves) for (const result of await Promise.all(wave.map(runUnit))) rows.push(...result);
  return rows;
}

const server = http.createServer((request, response) => {
  const waves = captured[request.url.slice(1)];
  request.resume();
  request.on('end', () => {
    if (!waves) {
      response.writeHead(404).end();
      return;
    }
    replay(waves).then(
      (rows) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(rows)),
      (error) => response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error.message)),
    );
  });
});
server.listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
