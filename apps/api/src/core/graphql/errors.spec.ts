import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { ErrorCode, unavailableDependency } from './errors';
import { formatError } from './graphql-api.module';

/** An error as a resolver throws it, wrapped by graphql-js on its way to Apollo. */
function fromResolver(original: Error): GraphQLError {
  return new GraphQLError(original.message, { originalError: original });
}

function pgError(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

describe(unavailableDependency.name, () => {
  it('should name the database for refused connections, shutdowns and lost connections', () => {
    expect(unavailableDependency(pgError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))).toBe('database');
    expect(unavailableDependency(new QueryFailedError('SELECT 1', [], pgError('the database system is shutting down', '57P03')))).toBe('database');
    expect(unavailableDependency(new QueryFailedError('SELECT 1', [], pgError('terminating connection due to administrator command', '57P01')))).toBe('database');
    expect(unavailableDependency(new Error('Connection terminated unexpectedly'))).toBe('database');
    expect(unavailableDependency(new AggregateError([pgError('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')]))).toBe('database');
  });

  it('should name Redis for what ioredis says when it cannot reach it', () => {
    expect(unavailableDependency(new Error("Stream isn't writeable and enableOfflineQueue options is false"))).toBe('redis');
    expect(unavailableDependency(Object.assign(new Error('Reached the max retries per request limit (which is 1).'), { name: 'MaxRetriesPerRequestError' }))).toBe('redis');
    expect(unavailableDependency(fromResolver(new Error('Command timed out')))).toBe('redis');
  });

  it('should leave errors of the query itself alone', () => {
    expect(unavailableDependency(new QueryFailedError('SELECT x', [], pgError('column "x" does not exist', '42703')))).toBeNull();
    expect(unavailableDependency(new TypeError('Cannot read properties of undefined'))).toBeNull();
  });
});

describe('formatError', () => {
  const unexpected = { message: 'connect ECONNREFUSED 127.0.0.1:5432', path: ['organisations'], extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, stacktrace: ['at …'] } };

  it('should answer SERVICE_UNAVAILABLE naming the dependency, without the driver message or a stack, in every environment', () => {
    for (const production of [true, false]) {
      const formatted = formatError(production)(unexpected, fromResolver(pgError(unexpected.message, 'ECONNREFUSED')));
      expect(formatted).toEqual({
        message: expect.stringMatching(/^The database is not answering/),
        path: ['organisations'],
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, dependency: 'database' },
      });
    }
  });

  it('should keep hiding other unexpected errors in production', () => {
    const formatted = formatError(true)({ ...unexpected, message: 'column "x" does not exist' }, fromResolver(pgError('column "x" does not exist', '42703')));
    expect(formatted).toEqual({ message: 'Something went wrong on our side. It has been logged.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
  });
});
