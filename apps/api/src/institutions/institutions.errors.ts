import { GraphQLError } from 'graphql';
import { badUserInput, notFound } from '../core/graphql/errors';

export enum InstitutionsErrorCode {
  INSTITUTION_NOT_FOUND = 'INSTITUTION_NOT_FOUND',
  POSITION_NOT_FOUND = 'POSITION_NOT_FOUND',
  UNKNOWN_COUNTRY = 'UNKNOWN_COUNTRY',
  UNKNOWN_PARENT = 'UNKNOWN_PARENT',
  PARENT_CYCLE = 'PARENT_CYCLE',
  UNKNOWN_CONTACT = 'UNKNOWN_CONTACT',
  UNKNOWN_INSTITUTION = 'UNKNOWN_INSTITUTION',
  END_BEFORE_START = 'END_BEFORE_START',
}

export function institutionsError(code: InstitutionsErrorCode): GraphQLError {
  switch (code) {
    case InstitutionsErrorCode.INSTITUTION_NOT_FOUND:
      return notFound('The institution');
    case InstitutionsErrorCode.POSITION_NOT_FOUND:
      return notFound('The position');
    case InstitutionsErrorCode.UNKNOWN_COUNTRY:
      return badUserInput({ field: 'countryCode', message: 'is not an ISO 3166-1 country code we know' });
    case InstitutionsErrorCode.UNKNOWN_PARENT:
      return badUserInput({ field: 'parentId', message: 'is not an institution in the directory' });
    case InstitutionsErrorCode.PARENT_CYCLE:
      return badUserInput({ field: 'parentId', message: 'would nest the institution inside itself' });
    case InstitutionsErrorCode.UNKNOWN_CONTACT:
      return badUserInput({ field: 'contactId', message: 'is not a contact in the directory' });
    case InstitutionsErrorCode.UNKNOWN_INSTITUTION:
      return badUserInput({ field: 'institutionId', message: 'is not an institution in the directory' });
    case InstitutionsErrorCode.END_BEFORE_START:
      return badUserInput({ field: 'endDate', message: 'must not be before the start date' });
    default: {
      const unhandled: never = code;
      throw new Error(`Unmapped institutions error ${String(unhandled)}`);
    }
  }
}
