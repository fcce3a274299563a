import { Kind, OperationDefinitionNode, parse, FieldNode, valueFromASTUntyped } from 'graphql';
import { DataSource } from 'typeorm';
import { OPERATIONS } from '../authorisation/matrix';
import { Caller, CALLERS, Seed } from '../authorisation/seed';
import { GraphqlClient } from '../support/test-app';
import { INVALID_UTF8_BYTES, INVALID_UTF8_MARKER } from './malformed';

export interface RawAnswer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string; field?: string } }[]; code?: string };
  bytesSent: number;
}

/** Posts the operation as a browser would; the marker in a string becomes bytes that are not UTF-8. */
export async function sendOperation(client: GraphqlClient, query: string, variables: Record<string, unknown>): Promise<RawAnswer> {
  let body = Buffer.from(JSON.stringify({ query, variables }), 'utf8');
  const marker = Buffer.from(INVALID_UTF8_MARKER, 'utf8');
  for (let at = body.indexOf(marker); at !== -1; at = body.indexOf(marker)) {
    body = Buffer.concat([body.subarray(0, at), INVALID_UTF8_BYTES, body.subarray(at + marker.length)]);
  }
  const response = await client.agent
    .post('/graphql')
    .set('content-type', 'application/json').set('apollo-require-preflight', 'true')
    // The bytes as they are: no JSON serialisation of the Buffer by the client.
    .serialize((bytes: unknown) => bytes as string)
    .send(body);
  return { status: response.status, body: response.body ?? {}, bytesSent: body.length };
}

/**
 * Row counts of every table, in one statement: equal before and after a refused case. The job outbox is left
 * out: the relay empties it in the background, so an accepted case's row may leave it at any moment (what a
 * refused mail would have written shows in mail_sends, written in the same transaction).
 */
export async function tableCounter(dataSource: DataSource): Promise<() => Promise<Record<string, number>>> {
  const tables: { name: string }[] = await dataSource.query(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('migrations', 'countries', 'queued_jobs') ORDER BY table_name`,
  );
  const sql = `SELECT json_build_object(${tables.map(({ name }) => `'${name}', (SELECT count(*) FROM "${name}")`).join(', ')}) AS counts`;
  return async () => {
    const [{ counts }] = await dataSource.query(sql);
    return counts as Record<string, number>;
  };
}

export interface Baseline {
  caller: Caller;
  /** The call ends or replaces the session it runs on, or is for people not signed in: a new client each time. */
  fresh: boolean;
  variables: Record<string, unknown>;
}

/**
 * A valid call of each mutation, from the authorisation matrix: its variables re-keyed by argument
 * name, and the first role allowed to make it.
 */
export function baselines(seed: Seed): Map<string, Baseline> {
  const result = new Map<string, Baseline>();
  for (const row of OPERATIONS) {
    if (!row.operation.startsWith('Mutation.')) continue;
    const name = row.operation.slice('Mutation.'.length);
    // Open to everyone (sign-in, invitations): as someone not signed in, as it is meant to be called.
    const caller = row.expected.ANONYMOUS === 'allow' ? 'ANONYMOUS' : (CALLERS.find((candidate) => row.expected[candidate] === 'allow') ?? 'COORDINATOR');
    const document = parse(row.document);
    const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
    const root = operation?.selectionSet.selections.find((selection): selection is FieldNode => selection.kind === Kind.FIELD && selection.name.value === name);
    const given = row.variables?.(seed, caller) ?? {};
    const variables = Object.fromEntries((root?.arguments ?? []).map((argument) => [argument.name.value, valueFromASTUntyped(argument.value, given)]));
    result.set(name, { caller, fresh: !!row.freshSession || caller === 'ANONYMOUS', variables });
  }
  return result;
}
