import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SIGN_OUT_MUTATION } from '../../modules/auth/graphql/sign-out.mutation';
import { dashboardMock } from '../../modules/dashboard/dashboard-fixtures';
import { seriousAxeViolations } from '../../test/axe';
import { aUser, meMock, usersMock } from '../../test/fixtures';
import { renderApp } from '../../test/render';

const advocate = aUser({ id: 'user-2', name: 'Jean Mukendi', role: 'ADVOCATE' });
const coordinator = aUser({ id: 'user-1', name: 'Amina Diallo', role: 'COORDINATOR' });

describe('AppLayout', () => {
  describe('navigation', () => {
    it('should hide Users and Audit trail from an ADVOCATE', async () => {
      renderApp('/', { mocks: [meMock(advocate), dashboardMock()] });

      const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
      expect(within(nav).getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
      expect(within(nav).queryByRole('link', { name: 'Users' })).not.toBeInTheDocument();
      expect(within(nav).queryByRole('link', { name: 'Audit trail' })).not.toBeInTheDocument();
    });

    it('should show Users and Audit trail to a COORDINATOR', async () => {
      renderApp('/', { mocks: [meMock(coordinator), dashboardMock()] });

      const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
      expect(within(nav).getByRole('link', { name: 'Dashboard' })).toBeInTheDocument();
      expect(within(nav).getByRole('link', { name: 'Users' })).toHaveAttribute('href', '/users');
      expect(within(nav).getByRole('link', { name: 'Audit trail' })).toHaveAttribute('href', '/audit');
    });
  });

  it('should greet the signed-in user by name and role on the dashboard', async () => {
    renderApp('/', { mocks: [meMock(advocate), dashboardMock()] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Jean Mukendi' })).toBeInTheDocument();
    expect(screen.getByText('You are signed in as Advocate.')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Active campaigns' })).toBeInTheDocument();
    expect(document.title).toBe('Dashboard · Alliance CRM');
  });

  it('should tell an ADVOCATE who opens /users that they do not have access', async () => {
    renderApp('/users', { mocks: [meMock(advocate)] });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Users' })).not.toBeInTheDocument();
  });

  it('should send a visitor who is not signed in to the sign-in page', async () => {
    const { router } = renderApp('/audit', { mocks: [meMock(null)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('should sign out from the top bar and return to the sign-in page', async () => {
    let signedIn = true;
    const { user, router } = renderApp('/', {
      mocks: [
        {
          request: { query: meMock(null).request.query },
          result: () => ({ data: { me: signedIn ? advocate : null } }),
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
        dashboardMock(),
        {
          request: { query: SIGN_OUT_MUTATION },
          result: () => {
            signedIn = false;
            return { data: { signOut: true } };
          },
        },
      ],
    });

    const banner = await screen.findByRole('banner');
    await user.click(within(banner).getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(signedIn).toBe(false);
  });

  it('should have banner, navigation and main landmarks (no serious axe violations)', async () => {
    renderApp('/users', { mocks: [meMock(coordinator), usersMock([coordinator, advocate])] });

    expect(await screen.findByRole('table', { name: 'Users' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(await seriousAxeViolations()).toEqual([]);
  });
});
