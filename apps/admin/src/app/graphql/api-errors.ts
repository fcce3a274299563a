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
  'NOT_FOUND',
  'CONFLICT',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** What went wrong with one API call, in the shape forms need. */
export interface ApiProblem {
  /** The first error's code, if it is one the API documents. */
  code: ApiErrorCode | null;
  /**
   * BAD_USER_INPUT messages by the dotted path of the input field ("email", "emails.1.address"), as the API words
   * them.
   */
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

/** The input field a path names: "input.email" and "email" both give "email"; list items keep their index. */
function fieldPath(field: unknown): string | null {
  if (typeof field !== 'string' || field.length === 0) return null;
  return field.startsWith('input.') ? field.slice('input.'.length) : field;
}

/** "is listed twice" reads as a sentence under a field: "Is listed twice". */
function asSentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

interface FieldProblem {
  field: string | null;
  message: string;
}

/**
 * Every field a BAD_USER_INPUT error names. The API lists them in `extensions.fields` ({ field, message }) and names
 * the first in `extensions.field`, with the message "field: why".
 */
function fieldProblemsOf(error: GraphQLFormattedError): FieldProblem[] {
  const listed = error.extensions?.fields;
  if (Array.isArray(listed)) {
    const problems = listed.flatMap((item: unknown) => {
      const { field, message } = (item ?? {}) as { field?: unknown; message?: unknown };
      return typeof message === 'string' ? [{ field: fieldPath(field), message: asSentence(message) }] : [];
    });
    if (problems.length > 0) return problems;
  }
  const field = fieldPath(error.extensions?.field);
  const prefix = `${String(error.extensions?.field)}: `;
  const message = field && error.message.startsWith(prefix) ? asSentence(error.message.slice(prefix.length)) : error.message;
  return [{ field, message }];
}

export function readApiProblem(error: unknown): ApiProblem {
  const errors = graphQLErrorsOf(error);
  if (!errors) return { code: null, fieldErrors: {}, inputMessages: [], network: true };

  const fieldErrors: Record<string, string> = {};
  const inputMessages: string[] = [];
  for (const graphQLError of errors) {
    if (graphQLError.extensions?.code !== 'BAD_USER_INPUT') continue;
    for (const { field, message } of fieldProblemsOf(graphQLError)) {
      if (field && !(field in fieldErrors)) fieldErrors[field] = message;
      else if (!field) inputMessages.push(message);
    }
  }
  const code = errors.map((e) => e.extensions?.code).find(isApiErrorCode) ?? null;
  return { code, fieldErrors, inputMessages, network: false };
}

export function hasApiErrorCode(error: unknown, code: ApiErrorCode): boolean {
  return graphQLErrorsOf(error)?.some((e) => e.extensions?.code === code) ?? false;
}

/**
 * The fields the API refused (FORBIDDEN) in an answer that still has data (`errorPolicy: 'all'`), as dotted paths
 * of the answer without list indexes: "contact.emails".
 */
export function refusedFields(error: unknown): Set<string> {
  const refused = new Set<string>();
  for (const graphQLError of graphQLErrorsOf(error) ?? []) {
    if (graphQLError.extensions?.code !== 'FORBIDDEN' || !graphQLError.path) continue;
    refused.add(graphQLError.path.filter((segment) => typeof segment === 'string').join('.'));
  }
  return refused;
}
