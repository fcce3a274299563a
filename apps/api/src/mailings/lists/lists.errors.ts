import { GraphQLError } from 'graphql';
import { badUserInput, notFound } from '../../core/graphql/errors';

export enum ListsErrorCode {
  LIST_NOT_FOUND = 'LIST_NOT_FOUND',
  UNKNOWN_LIST = 'UNKNOWN_LIST',
  UNKNOWN_CONTACT = 'UNKNOWN_CONTACT',
  NAME_TAKEN = 'NAME_TAKEN',
  NOT_AN_ADDRESS = 'NOT_AN_ADDRESS',
}

export function listsError(code: ListsErrorCode): GraphQLError {
  switch (code) {
    case ListsErrorCode.LIST_NOT_FOUND:
      return notFound('The mailing list');
    case ListsErrorCode.UNKNOWN_LIST:
      return badUserInput({ field: 'listId', message: 'is not a mailing list' });
    case ListsErrorCode.UNKNOWN_CONTACT:
      return badUserInput({ field: 'contactId', message: 'is not a contact in the directory' });
    case ListsErrorCode.NAME_TAKEN:
      return badUserInput({ field: 'name', message: 'is already the name of another mailing list' });
    case ListsErrorCode.NOT_AN_ADDRESS:
      return badUserInput({ field: 'address', message: 'must be an email address, e.g. name@example.org' });
    default: {
      const unhandled: never = code;
      throw new Error(`Unmapped lists error ${String(unhandled)}`);
    }
  }
}
