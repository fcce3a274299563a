import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { GraphqlClient } from './test-app';

/**
 * SQL statements one request runs. The process also runs statements on its own (the job outbox relay polls every
 * 500 ms; workers heartbeat), which can only add to a count: the fewest of three runs is the request's own.
 */
export async function statementsOf(client: GraphqlClient, query: string, variables: Record<string, unknown>): Promise<number> {
  const counts: number[] = [];
  for (let run = 0; run < 3; run++) {
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      await client.ok(query, variables);
      counts.push(spy.mock.calls.length);
    } finally {
      spy.mockRestore();
    }
  }
  return Math.min(...counts);
}
