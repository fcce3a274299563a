import { GraphQLError } from 'graphql';
import { badUserInput, domainError, ErrorCode } from '../../core/graphql/errors';

/**
 * Refusals of the public mailing pages and the mail events webhook. They go out as JSON with the HTTP
 * status of their `code` (400, 401, 404, 429); `reason` tells the pages which message to show.
 */
export enum PublicMailErrorCode {
  LINK_INVALID = 'LINK_INVALID',
  CONFIRMATION_EXPIRED = 'CONFIRMATION_EXPIRED',
  WEBHOOK_OFF = 'WEBHOOK_OFF',
  WEBHOOK_UNAUTHORISED = 'WEBHOOK_UNAUTHORISED',
}

export function publicMailError(code: PublicMailErrorCode): GraphQLError {
  switch (code) {
    case PublicMailErrorCode.LINK_INVALID:
      return tokenProblem(code, 'This link is not valid: it may have been cut or changed. Use the link from your most recent mail.');
    case PublicMailErrorCode.CONFIRMATION_EXPIRED:
      return tokenProblem(code, 'This confirmation link has expired. Subscribe again to receive a new one.');
    case PublicMailErrorCode.WEBHOOK_OFF:
      return domainError(ErrorCode.NOT_FOUND, 'The mail events webhook is off: it needs MAIL_WEBHOOK_SECRET to be set.', { reason: code });
    case PublicMailErrorCode.WEBHOOK_UNAUTHORISED:
      return domainError(ErrorCode.UNAUTHENTICATED, 'Refused: send the header "Authorization: Bearer <MAIL_WEBHOOK_SECRET>".', { reason: code });
    default: {
      const unhandled: never = code;
      throw new Error(`Unmapped public mail error ${String(unhandled)}`);
    }
  }
}

/** A list id the caller may not choose, named by its place in the list given. */
export function listNotOffered(field: 'listIds' | 'subscribedListIds', index: number): GraphQLError {
  return badUserInput({
    field: `${field}.${index}`,
    message: field === 'listIds' ? 'is not a list open to subscription' : 'is not a list you can choose on this page',
  });
}

export function tooManyRequests(retryAfterSeconds: number): GraphQLError {
  return domainError(ErrorCode.TOO_MANY_ATTEMPTS, 'Too many requests from this address. Wait a few minutes, then try again.', { retryAfterSeconds });
}

function tokenProblem(reason: PublicMailErrorCode, message: string): GraphQLError {
  const problem = { field: 'token', message };
  return domainError(ErrorCode.BAD_USER_INPUT, message, { reason, field: problem.field, fields: [problem] });
}
