import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { aUser, apiError, meMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { ACCEPT_INVITATION_MUTATION } from '../graphql/accept-invitation.mutation';
import { INVITATION_QUERY } from '../graphql/invitation.query';

const TOKEN = 'invitation-token-123';

function invitationMock(result: object) {
  return { request: { query: INVITATION_QUERY, variables: { token: TOKEN } }, result };
}

const validInvitation = invitationMock({
  data: {
    invitation: {
      __typename: 'InvitationPreview',
      email: 'claire.n@example.org',
      name: 'Claire Niyonzima',
      role: 'ANALYST',
      expiresAt: '2031-05-04T10:00:00.000Z',
    },
  },
});

describe('AcceptInvitationPage', () => {
  it('should say clearly when the invitation has expired', async () => {
    renderApp(`/accept-invitation?token=${TOKEN}`, {
      mocks: [invitationMock({ errors: [apiError('INVITATION_EXPIRED', 'Invitation expired')] })],
    });

    expect(await screen.findByText('This invitation has expired')).toBeInTheDocument();
    expect(screen.getByText(/Ask a coordinator to send you a new one/)).toBeInTheDocument();
    expect(screen.queryByLabelText(/^choose a password/i)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to sign in' })).toHaveAttribute('href', '/sign-in');
  });

  it('should say the link is not valid when it has no token', async () => {
    renderApp('/accept-invitation');

    expect(await screen.findByText('This invitation cannot be used')).toBeInTheDocument();
    expect(screen.queryByLabelText(/^choose a password/i)).not.toBeInTheDocument();
  });

  it('should show the invitation and refuse a password shorter than 12 characters before calling the API', async () => {
    const accept = vi.fn(() => ({ data: { acceptInvitation: aUser() } }));
    const { user } = renderApp(`/accept-invitation?token=${TOKEN}`, {
      mocks: [validInvitation, { request: { query: ACCEPT_INVITATION_MUTATION }, result: accept }],
    });

    expect(await screen.findByText('You have been invited to Alliance CRM as Analyst.')).toBeInTheDocument();
    expect(screen.getByText('You will sign in with claire.n@example.org.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^your name/i)).toHaveValue('Claire Niyonzima');

    await user.type(screen.getByLabelText(/^choose a password/i), 'too short');
    await user.type(screen.getByLabelText(/^repeat the password/i), 'too short');
    await user.click(screen.getByRole('button', { name: 'Create my account' }));

    expect(screen.getByLabelText(/^choose a password/i)).toHaveAccessibleDescription('Use at least 12 characters.');
    expect(accept).not.toHaveBeenCalled();
  });

  it('should create the account and send the person to sign in', async () => {
    const { user, router } = renderApp(`/accept-invitation?token=${TOKEN}`, {
      mocks: [
        validInvitation,
        {
          request: {
            query: ACCEPT_INVITATION_MUTATION,
            variables: { input: { token: TOKEN, name: 'Claire Niyonzima', password: 'a long enough passphrase' } },
          },
          result: {
            data: { acceptInvitation: aUser({ id: 'user-9', name: 'Claire Niyonzima', role: 'ANALYST' }) },
          },
        },
        // Accepting does not sign in here: the page then asks the person to sign in.
        meMock(null),
      ],
    });

    await user.type(await screen.findByLabelText(/^choose a password/i), 'a long enough passphrase');
    await user.type(screen.getByLabelText(/^repeat the password/i), 'a long enough passphrase');
    await user.click(screen.getByRole('button', { name: 'Create my account' }));

    expect(await screen.findByText(/Your account is ready/)).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
  });
});
