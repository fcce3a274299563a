import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from '../database/database-unavailable';
import { isRedisUnavailable } from '../redis/redis-unavailable';

/** Codes the admin and other clients can rely on in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  /** Postgres or Redis does not answer at the moment: try again later (see `extensions.dependency`). */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** A service the API depends on, as named in errors and by GET /health. */
export type Dependency = 'database' | 'redis';

const UNAVAILABLE_MESSAGES: Record<Dependency, string> = {
  database: 'The database is not answering at the moment, so this request was not completed. Please try again in a minute.',
  redis: 'The queue and cache server is not answering at the moment, so this request was not completed. Please try again in a minute.',
};

/** Which dependency an unexpected error says is down (Redis first: its errors are the more specific), if any. */
export function unavailableDependency(error: unknown): Dependency | null {
  // graphql-js wraps what a resolver throws; the driver's error is inside.
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  if (isRedisUnavailable(original)) return 'redis';
  if (isDatabaseUnavailable(original)) return 'database';
  return null;
}

/** What a client sees when a dependency is down: a code to act on and a message for people, never the driver's error. */
export function serviceUnavailable(dependency: Dependency): GraphQLError {
  return new GraphQLError(UNAVAILABLE_MESSAGES[dependency], { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, dependency } });
}

export interface FieldProblem {
  /** Dotted path of the input field, e.g. "email" or "emails.1.address". */
  field: string;
  message: string;
}

/** Bad input: names the field and says why. The first problem is also the error's message. */
export function badUserInput(problems: FieldProblem[] | FieldProblem): GraphQLError {
  const list = Array.isArray(problems) ? problems : [problems];
  const [first] = list;
  return new GraphQLError(`${first.field}: ${first.message}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field: first.field, fields: list },
  });
}

export function unauthenticated(message = 'Sign in to continue.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
}

export function forbidden(message = 'You do not have access to this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} was not found.`, { extensions: { code: ErrorCode.NOT_FOUND } });
}

/** A domain error with its own code (e.g. INVITATION_EXPIRED), built by each domain's errors file. */
export function domainError(code: string, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}
