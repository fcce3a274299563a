import { GraphQLError } from 'graphql';
import { badUserInput, domainError, ErrorCode, notFound } from '../core/graphql/errors';

export enum UsersErrorCode {
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  NOT_INVITED = 'NOT_INVITED',
  LAST_COORDINATOR = 'LAST_COORDINATOR',
  CANNOT_CHANGE_SELF = 'CANNOT_CHANGE_SELF',
  UNKNOWN_ORGANISATION = 'UNKNOWN_ORGANISATION',
}

/** Each users error, mapped once to what the API says (exhaustive: a new code must be mapped here). */
export function usersError(code: UsersErrorCode): GraphQLError {
  switch (code) {
    case UsersErrorCode.USER_NOT_FOUND:
      return notFound('The user');
    case UsersErrorCode.EMAIL_TAKEN:
      return badUserInput({ field: 'email', message: 'is already used by another user' });
    case UsersErrorCode.NOT_INVITED:
      return domainError(ErrorCode.CONFLICT, 'This user has already accepted their invitation.');
    case UsersErrorCode.LAST_COORDINATOR:
      return domainError(ErrorCode.CONFLICT, 'The alliance must keep at least one active coordinator.');
    case UsersErrorCode.CANNOT_CHANGE_SELF:
      return domainError(ErrorCode.FORBIDDEN, 'Ask another coordinator to change or disable your own account.');
    case UsersErrorCode.UNKNOWN_ORGANISATION:
      return badUserInput({ field: 'organisationId', message: 'is not an organisation in the directory' });
    default: {
      const unhandled: never = code;
      throw new Error(`Unmapped users error ${String(unhandled)}`);
    }
  }
}
