import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

/** `extensions.code` values the API sends (see apps/api schema docs). */
export const API_ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'INVALID_CREDENTIALS',
  'TOO_MANY_ATTEMPTS',
  'INVITATION_EXPIRED',
  'INVITATION_INVALID',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** What went wrong with one API call, in the shape forms need. */
export interface ApiProblem {
  /** The first error's code, if it is one the API documents. */
  code: ApiErrorCode | null;
  /** BAD_USER_INPUT messages by input field name ("email"), as the API words them. */
  fieldErrors: Record<string, string>;
  /** BAD_USER_INPUT messages that name no field. */
  inputMessages: string[];
  /** The server could not be reached or answered with something that is not GraphQL. */
  network: boolean;
}

function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && (API_ERROR_CODES as readonly string[]).includes(value);
}

function graphQLErrorsOf(error: unknown): ReadonlyArray<GraphQLFormattedError> | null {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  // A 4xx answered as plain application/json still carries the GraphQL errors in its body.
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: GraphQLFormattedError[] };
      if (Array.isArray(body.errors)) return body.errors;
    } catch {
      return null;
    }
  }
  return null;
}

/** The input field an error names; "input.email" and "email" both give "email". */
function fieldOf(error: GraphQLFormattedError): string | null {
  const field = error.extensions?.field;
  if (typeof field !== 'string' || field.length === 0) return null;
  return field.split('.').pop() ?? null;
}

export function readApiProblem(error: unknown): ApiProblem {
  const errors = graphQLErrorsOf(error);
  if (!errors) return { code: null, fieldErrors: {}, inputMessages: [], network: true };

  const fieldErrors: Record<string, string> = {};
  const inputMessages: string[] = [];
  for (const graphQLError of errors) {
    if (graphQLError.extensions?.code !== 'BAD_USER_INPUT') continue;
    const field = fieldOf(graphQLError);
    if (field && !(field in fieldErrors)) fieldErrors[field] = graphQLError.message;
    else if (!field) inputMessages.push(graphQLError.message);
  }
  const code = errors.map((e) => e.extensions?.code).find(isApiErrorCode) ?? null;
  return { code, fieldErrors, inputMessages, network: false };
}

export function hasApiErrorCode(error: unknown, code: ApiErrorCode): boolean {
  return graphQLErrorsOf(error)?.some((e) => e.extensions?.code === code) ?? false;
}
