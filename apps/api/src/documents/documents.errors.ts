import { GraphQLError } from 'graphql';
import { badUserInput, notFound } from '../core/graphql/errors';

export const MAX_ATTACHMENTS_PER_DOCUMENT = 50;

export function documentNotFound(): GraphQLError {
  return notFound('The document');
}

export function attachmentNotFound(): GraphQLError {
  return notFound('The attachment');
}

export function unknownCampaignAt(field: string): GraphQLError {
  return badUserInput({ field, message: 'is not a campaign (or it was deleted)' });
}

export function missingFile(): GraphQLError {
  return badUserInput({ field: 'file', message: 'must be a file sent as multipart/form-data in the field "file"' });
}

export function tooManyAttachments(): GraphQLError {
  return badUserInput({ field: 'file', message: `cannot be added: a document holds at most ${MAX_ATTACHMENTS_PER_DOCUMENT} files` });
}

export function uploadHeaderMissing(): GraphQLError {
  return badUserInput({ field: 'X-Requested-With', message: 'must be sent with uploads (any value), so other sites cannot post files on your behalf' });
}
