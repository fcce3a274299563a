import { GraphQLError } from 'graphql';
import { badUserInput, domainError, ErrorCode, notFound } from '../../core/graphql/errors';
import { unknownMergeFieldMessage } from './merge-fields';

export enum MailingsErrorCode {
  MAILING_NOT_FOUND = 'MAILING_NOT_FOUND',
  UNKNOWN_LIST = 'UNKNOWN_LIST',
  UNKNOWN_AUDIENCE = 'UNKNOWN_AUDIENCE',
  UNKNOWN_CAMPAIGN = 'UNKNOWN_CAMPAIGN',
  UNKNOWN_CONTACT = 'UNKNOWN_CONTACT',
  NOT_A_DRAFT = 'NOT_A_DRAFT',
  DUPLICATE_LANGUAGE = 'DUPLICATE_LANGUAGE',
  UNKNOWN_MERGE_FIELD = 'UNKNOWN_MERGE_FIELD',
  NO_TRANSLATION = 'NO_TRANSLATION',
  LANGUAGE_NOT_WRITTEN = 'LANGUAGE_NOT_WRITTEN',
}

/** What some errors name: the translation's place in the input, the offending fields, the mailing's state. */
export interface MailingsErrorDetail {
  index?: number;
  part?: 'subject' | 'body';
  names?: readonly string[];
  language?: string;
  status?: string;
}

export function mailingsError(code: MailingsErrorCode, detail: MailingsErrorDetail = {}): GraphQLError {
  switch (code) {
    case MailingsErrorCode.MAILING_NOT_FOUND:
      return notFound('The mailing');
    case MailingsErrorCode.UNKNOWN_LIST:
      return badUserInput({ field: 'listId', message: 'is not a mailing list' });
    case MailingsErrorCode.UNKNOWN_AUDIENCE:
      return badUserInput({ field: 'audienceId', message: 'is not a saved audience' });
    case MailingsErrorCode.UNKNOWN_CAMPAIGN:
      return badUserInput({ field: 'campaignId', message: 'is not a campaign' });
    case MailingsErrorCode.UNKNOWN_CONTACT:
      return badUserInput({ field: 'contactId', message: 'is not a contact in the directory' });
    case MailingsErrorCode.NOT_A_DRAFT:
      return domainError(ErrorCode.CONFLICT, `Only a draft mailing can be changed; this one is ${detail.status ?? 'no longer a draft'}.`);
    case MailingsErrorCode.DUPLICATE_LANGUAGE:
      return badUserInput({ field: `translations.${detail.index ?? 0}.language`, message: `${detail.language ?? 'this language'} is given twice` });
    case MailingsErrorCode.UNKNOWN_MERGE_FIELD:
      return badUserInput({ field: `translations.${detail.index ?? 0}.${detail.part ?? 'body'}`, message: unknownMergeFieldMessage(detail.names ?? []) });
    case MailingsErrorCode.NO_TRANSLATION:
      return domainError(ErrorCode.CONFLICT, 'The mailing has no subject and body yet: write at least one language first.');
    case MailingsErrorCode.LANGUAGE_NOT_WRITTEN:
      return badUserInput({ field: 'language', message: `the mailing has no ${detail.language ?? ''} version`.replace('  ', ' ') });
    default: {
      const unhandled: never = code;
      throw new Error(`Unmapped mailings error ${String(unhandled)}`);
    }
  }
}
