import { GraphQLError } from 'graphql';
import { badUserInput, forbidden, notFound } from '../core/graphql/errors';

export enum OrganisationsErrorCode {
  ORGANISATION_NOT_FOUND = 'ORGANISATION_NOT_FOUND',
  UNKNOWN_COUNTRY = 'UNKNOWN_COUNTRY',
  NOT_YOUR_ORGANISATION = 'NOT_YOUR_ORGANISATION',
  SAME_STATUS = 'SAME_STATUS',
}

export function organisationsError(code: OrganisationsErrorCode): GraphQLError {
  switch (code) {
    case OrganisationsErrorCode.ORGANISATION_NOT_FOUND:
      return notFound('The organisation');
    case OrganisationsErrorCode.UNKNOWN_COUNTRY:
      return badUserInput({ field: 'countryCode', message: 'is not an ISO 3166-1 country code we know' });
    case OrganisationsErrorCode.NOT_YOUR_ORGANISATION:
      return forbidden('Member representatives can edit only their own organisation.');
    case OrganisationsErrorCode.SAME_STATUS:
      return badUserInput({ field: 'status', message: 'is already the membership status of this organisation' });
    default: {
      const unhandled: never = code;
      throw new Error(`Unmapped organisations error ${String(unhandled)}`);
    }
  }
}
