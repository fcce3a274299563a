import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { aUser, meMock, usersMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { DISABLE_USER_MUTATION } from '../graphql/disable-user.mutation';
import { USERS_QUERY } from '../graphql/users.query';

const coordinator = aUser({ id: 'user-1', name: 'Amina Diallo', role: 'COORDINATOR' });
const advocate = aUser({ id: 'user-2', name: 'Jean Mukendi', email: 'jean@example.org', role: 'ADVOCATE' });

describe('UsersPage', () => {
  it('should list users with their role and status', async () => {
    renderApp('/users', { mocks: [meMock(coordinator), usersMock([coordinator, advocate])] });

    const table = await screen.findByRole('table', { name: 'Users' });
    const row = within(table).getByRole('row', { name: /Jean Mukendi/ });
    expect(within(row).getByText('jean@example.org')).toBeInTheDocument();
    expect(within(row).getByText('Advocate')).toBeInTheDocument();
    expect(within(row).getByText('Active')).toBeInTheDocument();
    expect(document.title).toBe('Users · Alliance CRM');
  });

  it('should ask for confirmation before disabling an account, then disable it', async () => {
    const disable = vi.fn(() => ({
      data: { disableUser: { __typename: 'User' as const, id: 'user-2', status: 'DISABLED' as const } },
    }));
    const { user } = renderApp('/users', {
      mocks: [
        meMock(coordinator),
        usersMock([coordinator, advocate]),
        { request: { query: DISABLE_USER_MUTATION, variables: { userId: 'user-2' } }, result: disable },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Actions for Jean Mukendi' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Disable account' }));

    const dialog = await screen.findByRole('dialog', { name: 'Disable the account of Jean Mukendi?' });
    expect(dialog).toHaveAccessibleDescription(/will be signed out everywhere/);
    expect(disable).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Disable' }));

    expect(await screen.findByText('The account of Jean Mukendi is disabled.')).toBeInTheDocument();
    expect(disable).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('should not let coordinators disable their own account', async () => {
    const { user } = renderApp('/users', { mocks: [meMock(coordinator), usersMock([coordinator, advocate])] });

    await user.click(await screen.findByRole('button', { name: 'Actions for Amina Diallo' }));
    expect(await screen.findByRole('menuitem', { name: 'Disable account' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('should ask for the next page after the last user of the page shown', async () => {
    const { user } = renderApp('/users', {
      mocks: [
        meMock(coordinator),
        usersMock([coordinator], { totalCount: 26, endCursor: 'cursor-25' }),
        usersMock([advocate], { after: 'cursor-25', totalCount: 26 }),
      ],
    });

    expect(await screen.findByRole('row', { name: /Amina Diallo/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Go to next page' }));

    expect(await screen.findByRole('row', { name: /Jean Mukendi/ })).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /Amina Diallo/ })).not.toBeInTheDocument();
    expect(screen.getByText('26–26 of 26')).toBeInTheDocument();
  });

  it('should ask the API for the chosen role only', async () => {
    const { user } = renderApp('/users', {
      mocks: [
        meMock(coordinator),
        usersMock([coordinator, advocate]),
        {
          request: { query: USERS_QUERY, variables: { first: 25, after: null, filter: { role: 'ADVOCATE' } } },
          result: {
            data: {
              users: {
                __typename: 'UserConnection',
                totalCount: 1,
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
                edges: [
                  {
                    __typename: 'UserEdge',
                    cursor: 'c2',
                    node: {
                      __typename: 'User',
                      id: advocate.id,
                      email: advocate.email,
                      name: advocate.name,
                      role: advocate.role,
                      status: advocate.status,
                      language: advocate.language,
                      lastSignInAt: null,
                    },
                  },
                ],
              },
            },
          },
        },
      ],
    });

    const table = await screen.findByRole('table', { name: 'Users' });
    expect(within(table).getByRole('row', { name: /Amina Diallo/ })).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Role' }));
    await user.click(await screen.findByRole('option', { name: 'Advocate' }));

    await waitFor(() => expect(within(table).queryByRole('row', { name: /Amina Diallo/ })).not.toBeInTheDocument());
    expect(within(table).getByRole('row', { name: /Jean Mukendi/ })).toBeInTheDocument();
  });
});
