import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { hasApiErrorCode, readApiProblem } from './api-errors';

const graphQLErrors = (...errors: Array<{ message: string; extensions?: Record<string, unknown> }>) =>
  new CombinedGraphQLErrors({ data: null, errors });

describe(readApiProblem.name, () => {
  it('should place BAD_USER_INPUT messages under the field they name', () => {
    const problem = readApiProblem(
      graphQLErrors(
        { message: 'Enter a valid email address.', extensions: { code: 'BAD_USER_INPUT', field: 'email' } },
        { message: 'Name is required.', extensions: { code: 'BAD_USER_INPUT', field: 'input.name' } },
      ),
    );
    expect(problem).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: { email: 'Enter a valid email address.', name: 'Name is required.' },
      inputMessages: [],
      network: false,
    });
  });

  it('should keep the index of list items, reading every field the API lists', () => {
    const problem = readApiProblem(
      graphQLErrors({
        message: 'emails.1.address: must be an email address, e.g. name@example.org',
        extensions: {
          code: 'BAD_USER_INPUT',
          field: 'emails.1.address',
          fields: [
            { field: 'emails.1.address', message: 'must be an email address, e.g. name@example.org' },
            { field: 'countryCode', message: 'must be a two-letter country code, e.g. "SD"' },
          ],
        },
      }),
    );
    expect(problem.fieldErrors).toEqual({
      'emails.1.address': 'Must be an email address, e.g. name@example.org',
      countryCode: 'Must be a two-letter country code, e.g. "SD"',
    });
  });

  it('should drop the field name the API puts before its message', () => {
    const problem = readApiProblem(
      graphQLErrors({ message: 'emails.0.address: is listed twice', extensions: { code: 'BAD_USER_INPUT', field: 'emails.0.address' } }),
    );
    expect(problem.fieldErrors).toEqual({ 'emails.0.address': 'Is listed twice' });
  });

  it('should keep the code of errors that name no field', () => {
    const problem = readApiProblem(graphQLErrors({ message: 'nope', extensions: { code: 'TOO_MANY_ATTEMPTS' } }));
    expect(problem.code).toBe('TOO_MANY_ATTEMPTS');
    expect(problem.fieldErrors).toEqual({});
  });

  it('should read GraphQL errors from a 400 answered as plain JSON', () => {
    const response = new Response('', { status: 400 });
    const bodyText = JSON.stringify({
      errors: [{ message: 'Too short.', extensions: { code: 'BAD_USER_INPUT', field: 'password' } }],
    });
    const problem = readApiProblem(new ServerError('Response not successful', { response, bodyText }));
    expect(problem.fieldErrors).toEqual({ password: 'Too short.' });
  });

  it('should call anything that is not a GraphQL answer a network problem', () => {
    expect(readApiProblem(new TypeError('Failed to fetch')).network).toBe(true);
  });
});

describe(hasApiErrorCode.name, () => {
  it('should find a code among several errors', () => {
    const error = graphQLErrors({ message: 'a' }, { message: 'b', extensions: { code: 'INVITATION_EXPIRED' } });
    expect(hasApiErrorCode(error, 'INVITATION_EXPIRED')).toBe(true);
    expect(hasApiErrorCode(error, 'INVITATION_INVALID')).toBe(false);
    expect(hasApiErrorCode(undefined, 'INVITATION_INVALID')).toBe(false);
  });
});
