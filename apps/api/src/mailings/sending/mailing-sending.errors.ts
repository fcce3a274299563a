import { MailingStatus } from '@alliance/domain';
import { GraphQLError } from 'graphql';
import { badUserInput, domainError, ErrorCode, forbidden, notFound } from '../../core/graphql/errors';

export enum SendingErrorCode {
  MAILING_NOT_FOUND = 'MAILING_NOT_FOUND',
  NOT_A_DRAFT = 'NOT_A_DRAFT',
  NO_AUDIENCE = 'NO_AUDIENCE',
  AUDIENCE_DELETED = 'AUDIENCE_DELETED',
  NO_ENGLISH = 'NO_ENGLISH',
  NOT_AWAITING_APPROVAL = 'NOT_AWAITING_APPROVAL',
  SAME_COORDINATOR = 'SAME_COORDINATOR',
  NOT_SENDING = 'NOT_SENDING',
  NOT_PAUSED = 'NOT_PAUSED',
  NOT_CANCELLABLE = 'NOT_CANCELLABLE',
  NOT_RESENDABLE = 'NOT_RESENDABLE',
  NO_UNKNOWN_DELIVERIES = 'NO_UNKNOWN_DELIVERIES',
}

const STATUS_WORDS: Record<MailingStatus, string> = {
  [MailingStatus.DRAFT]: 'a draft',
  [MailingStatus.AWAITING_APPROVAL]: 'awaiting approval',
  [MailingStatus.SCHEDULED]: 'scheduled',
  [MailingStatus.SENDING]: 'sending',
  [MailingStatus.PAUSED]: 'paused',
  [MailingStatus.FINISHED]: 'finished',
  [MailingStatus.CANCELLED]: 'cancelled',
};

/** The mailing's current state, for messages that refuse a transition. */
function now(status: MailingStatus | undefined): string {
  return status ? ` This one is ${STATUS_WORDS[status]}.` : '';
}

export function sendingError(code: SendingErrorCode, status?: MailingStatus): GraphQLError {
  switch (code) {
    case SendingErrorCode.MAILING_NOT_FOUND:
      return notFound('The mailing');
    case SendingErrorCode.NOT_A_DRAFT:
      return domainError(ErrorCode.CONFLICT, `Only a draft can be sent.${now(status)}`);
    case SendingErrorCode.NO_AUDIENCE:
      return badUserInput({ field: 'audienceId', message: 'must be chosen before sending: pick the audience this mailing goes to' });
    case SendingErrorCode.AUDIENCE_DELETED:
      return badUserInput({ field: 'audienceId', message: 'is an audience that was deleted: pick another before sending' });
    case SendingErrorCode.NO_ENGLISH:
      return badUserInput({
        field: 'translations',
        message: 'must include English (en) before sending: recipients whose language the mailing lacks receive the English text',
      });
    case SendingErrorCode.NOT_AWAITING_APPROVAL:
      return domainError(ErrorCode.CONFLICT, `Only a mailing awaiting approval can be approved.${now(status)}`);
    case SendingErrorCode.SAME_COORDINATOR:
      return forbidden('A second coordinator must approve this mailing: you asked to send it, so someone else has to approve it.');
    case SendingErrorCode.NOT_SENDING:
      return domainError(ErrorCode.CONFLICT, `Only a mailing that is sending can be paused.${now(status)}`);
    case SendingErrorCode.NOT_PAUSED:
      return domainError(ErrorCode.CONFLICT, `Only a paused mailing can be resumed.${now(status)}`);
    case SendingErrorCode.NOT_CANCELLABLE:
      return domainError(ErrorCode.CONFLICT, `Only a mailing awaiting approval, scheduled, sending or paused can be cancelled.${now(status)}`);
    case SendingErrorCode.NOT_RESENDABLE:
      return domainError(ErrorCode.CONFLICT, `Deliveries of unknown fate can be resent only while a mailing sends, is paused or has finished.${now(status)}`);
    case SendingErrorCode.NO_UNKNOWN_DELIVERIES:
      return domainError(ErrorCode.CONFLICT, 'No delivery of this mailing is of unknown fate: there is nothing to resend.');
    default: {
      const unhandled: never = code;
      throw new Error(`Unmapped sending error ${String(unhandled)}`);
    }
  }
}
