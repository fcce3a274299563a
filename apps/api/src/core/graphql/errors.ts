import { GraphQLError } from 'graphql';

/** Codes the admin and other clients can rely on in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
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
