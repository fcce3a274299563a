import { GraphQLError } from 'graphql';
import { badUserInput, forbidden, notFound } from '../core/graphql/errors';

export function unknownListItem(field: string, index: number, what: string): GraphQLError {
  return badUserInput({ field: `${field}.${index}`, message: `is not ${what} in the directory (or it was deleted)` });
}

export function commitmentByStranger(index: number): GraphQLError {
  return badUserInput({ field: `commitments.${index}.contactId`, message: 'must be one of the people met (contactIds)' });
}

export function unknownCampaign(): GraphQLError {
  return badUserInput({ field: 'campaignId', message: 'is not a campaign' });
}

export function commitmentNotFound(): GraphQLError {
  return notFound('The commitment');
}

export function notesRefused(): GraphQLError {
  return forbidden('Interaction notes are shared with alliance staff only.');
}
