import { GraphQLError } from 'graphql';
import { badUserInput, notFound } from '../core/graphql/errors';

export enum ContactsErrorCode {
  CONTACT_NOT_FOUND = 'CONTACT_NOT_FOUND',
  UNKNOWN_COUNTRY = 'UNKNOWN_COUNTRY',
  UNKNOWN_ORGANISATION = 'UNKNOWN_ORGANISATION',
  TWO_PRIMARY_EMAILS = 'TWO_PRIMARY_EMAILS',
  EMAIL_REPEATED = 'EMAIL_REPEATED',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  ORGANISATION_REPEATED = 'ORGANISATION_REPEATED',
}

/** `index`: which item of a list input is at fault, so the error names e.g. "emails.1.address". */
export function contactsError(code: ContactsErrorCode, index = 0): GraphQLError {
  switch (code) {
    case ContactsErrorCode.CONTACT_NOT_FOUND:
      return notFound('The contact');
    case ContactsErrorCode.UNKNOWN_COUNTRY:
      return badUserInput({ field: 'countryCode', message: 'is not an ISO 3166-1 country code we know' });
    case ContactsErrorCode.UNKNOWN_ORGANISATION:
      return badUserInput({ field: `affiliations.${index}.organisationId`, message: 'is not an organisation in the directory' });
    case ContactsErrorCode.TWO_PRIMARY_EMAILS:
      return badUserInput({ field: 'emails', message: 'must mark at most one address as primary' });
    case ContactsErrorCode.EMAIL_REPEATED:
      return badUserInput({ field: `emails.${index}.address`, message: 'is listed twice' });
    case ContactsErrorCode.EMAIL_TAKEN:
      return badUserInput({ field: `emails.${index}.address`, message: 'already belongs to another contact' });
    case ContactsErrorCode.ORGANISATION_REPEATED:
      return badUserInput({ field: `affiliations.${index}.organisationId`, message: 'is listed twice' });
    default: {
      const unhandled: never = code;
      throw new Error(`Unmapped contacts error ${String(unhandled)}`);
    }
  }
}
