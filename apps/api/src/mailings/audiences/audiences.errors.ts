import { GraphQLError } from 'graphql';
import { badUserInput, notFound } from '../../core/graphql/errors';

export enum AudiencesErrorCode {
  AUDIENCE_NOT_FOUND = 'AUDIENCE_NOT_FOUND',
  UNKNOWN_LIST = 'UNKNOWN_LIST',
}

export function audiencesError(code: AudiencesErrorCode): GraphQLError {
  switch (code) {
    case AudiencesErrorCode.AUDIENCE_NOT_FOUND:
      return notFound('The audience');
    case AudiencesErrorCode.UNKNOWN_LIST:
      return badUserInput({ field: 'listId', message: 'is not a mailing list' });
    default: {
      const unhandled: never = code;
      throw new Error(`Unmapped audiences error ${String(unhandled)}`);
    }
  }
}
