import { GraphQLError } from 'graphql';
import { domainError, ErrorCode } from '../core/graphql/errors';

export enum AuthErrorCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  INVITATION_EXPIRED = 'INVITATION_EXPIRED',
  INVITATION_INVALID = 'INVITATION_INVALID',
}

/** Each auth error, mapped once. Sign-in errors never say whether the account exists. */
export function authError(code: AuthErrorCode, extra: Record<string, unknown> = {}): GraphQLError {
  switch (code) {
    case AuthErrorCode.INVALID_CREDENTIALS:
      return domainError(code, 'The email or password is incorrect.');
    case AuthErrorCode.TOO_MANY_ATTEMPTS:
      return domainError(ErrorCode.TOO_MANY_ATTEMPTS, 'Too many failed sign-in attempts. Wait a few minutes, then try again.', extra);
    case AuthErrorCode.INVITATION_EXPIRED:
      return domainError(code, 'This invitation has expired. Ask a coordinator to send you a new one.');
    case AuthErrorCode.INVITATION_INVALID:
      return domainError(code, 'This invitation link is not valid or has already been used.');
    default: {
      const unhandled: never = code;
      throw new Error(`Unmapped auth error ${String(unhandled)}`);
    }
  }
}
