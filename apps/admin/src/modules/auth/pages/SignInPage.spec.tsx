import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aUser, apiError, meMock, usersMock } from '../../../test/fixtures';
import { seriousAxeViolations } from '../../../test/axe';
import { renderApp } from '../../../test/render';
import { SIGN_IN_MUTATION } from '../graphql/sign-in.mutation';

function signInMock(email: string, password: string, result: object) {
  return { request: { query: SIGN_IN_MUTATION, variables: { input: { email, password } } }, result };
}

describe('SignInPage', () => {
  it('should say the email or password is incorrect when the API answers INVALID_CREDENTIALS', async () => {
    const { user } = renderApp('/sign-in', {
      mocks: [
        meMock(null),
        signInMock('amina.diallo@example.org', 'not the password', {
          errors: [apiError('INVALID_CREDENTIALS', 'Invalid credentials')],
        }),
      ],
    });

    await user.type(await screen.findByLabelText(/^email/i), 'amina.diallo@example.org');
    await user.type(screen.getByLabelText(/^password/i), 'not the password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The email or password is incorrect.');
    expect(screen.getByLabelText(/^password/i)).toHaveValue('');
    expect(screen.getByLabelText(/^email/i)).toBeValid();
  });

  it('should show the API message under the email field when it answers BAD_USER_INPUT for "email"', async () => {
    const { user } = renderApp('/sign-in', {
      mocks: [
        meMock(null),
        signInMock('amina.diallo', 'long enough password', {
          errors: [apiError('BAD_USER_INPUT', 'Enter a valid email address.', { field: 'email' })],
        }),
      ],
    });

    await user.type(await screen.findByLabelText(/^email/i), 'amina.diallo');
    await user.type(screen.getByLabelText(/^password/i), 'long enough password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const email = screen.getByLabelText(/^email/i);
    expect(await screen.findByText('Enter a valid email address.')).toBeInTheDocument();
    expect(email).toBeInvalid();
    expect(email).toHaveAccessibleDescription('Enter a valid email address.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('should open the page the visitor first asked for once signed in', async () => {
    const coordinator = aUser({ name: 'Amina Diallo', role: 'COORDINATOR' });
    const { user, router } = renderApp('/users', {
      mocks: [
        meMock(null),
        signInMock('amina.diallo@example.org', 'correct horse battery', { data: { signIn: coordinator } }),
        usersMock([coordinator]),
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^email/i), 'amina.diallo@example.org');
    await user.type(screen.getByLabelText(/^password/i), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Users' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/users');
  });

  it('should have a title, landmarks and labelled fields (no serious axe violations)', async () => {
    renderApp('/sign-in', { mocks: [meMock(null)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(document.title).toBe('Sign in · Alliance CRM');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(await seriousAxeViolations()).toEqual([]);
  });
});
