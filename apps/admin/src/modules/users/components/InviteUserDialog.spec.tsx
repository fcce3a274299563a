import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { apiError } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { INVITE_USER_MUTATION } from '../graphql/invite-user.mutation';
import { InviteUserDialog } from './InviteUserDialog';

/** The open dialog, with the API answering `result` to an invitation of `input`. */
function renderDialog(input: object, result: object) {
  const onInvited = vi.fn();
  const invite = { request: { query: INVITE_USER_MUTATION, variables: { input } }, result };
  const rendered = renderWithProviders(<InviteUserDialog open onClose={vi.fn()} onInvited={onInvited} />, {
    mocks: [invite],
  });
  return { ...rendered, onInvited };
}

describe('InviteUserDialog', () => {
  it('should show the API message under the email field when it answers BAD_USER_INPUT for "email"', async () => {
    const { user, onInvited } = renderDialog(
      { email: 'jean.mukendi@example.org', name: 'Jean Mukendi', role: 'MEMBER', language: 'EN' },
      { errors: [apiError('BAD_USER_INPUT', 'A user with this email already exists.', { field: 'email' })] },
    );

    const dialog = await screen.findByRole('dialog', { name: 'Invite a user' });
    expect(dialog).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^email/i), 'jean.mukendi@example.org');
    await user.type(screen.getByLabelText(/^name/i), 'Jean Mukendi');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));

    const email = screen.getByLabelText(/^email/i);
    expect(await screen.findByText('A user with this email already exists.')).toBeInTheDocument();
    expect(email).toBeInvalid();
    expect(email).toHaveAccessibleDescription('A user with this email already exists.');
    expect(screen.getByLabelText(/^name/i)).toBeValid();
    expect(screen.getByRole('dialog', { name: 'Invite a user' })).toBeInTheDocument();
    expect(onInvited).not.toHaveBeenCalled();
  });

  it('should invite with the chosen role and language, then report who was invited', async () => {
    const { user, onInvited } = renderDialog(
      { email: 'claire.n@example.org', name: 'Claire Niyonzima', role: 'ANALYST', language: 'FR' },
      {
        data: {
          inviteUser: {
            __typename: 'User',
            id: 'user-9',
            email: 'claire.n@example.org',
            name: 'Claire Niyonzima',
            role: 'ANALYST',
            status: 'INVITED',
            language: 'FR',
            lastSignInAt: null,
          },
        },
      },
    );

    await user.type(await screen.findByLabelText(/^email/i), 'claire.n@example.org');
    await user.type(screen.getByLabelText(/^name/i), 'Claire Niyonzima');
    await user.click(screen.getByRole('combobox', { name: /^role/i }));
    await user.click(await screen.findByRole('option', { name: /^Analyst/ }));
    await user.click(screen.getByRole('combobox', { name: /^language of their emails/i }));
    await user.click(await screen.findByRole('option', { name: 'French' }));
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));

    await waitFor(() => expect(onInvited).toHaveBeenCalledWith(expect.objectContaining({ email: 'claire.n@example.org' })));
  });
});
