import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { fakePublicApi, renderPublicMailPage } from '../testing/renderPublicMailPage';

const TOKEN = 'confirmation.token-123';

describe('ConfirmSubscriptionPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('should not confirm on opening (mail scanners open links), only on the button press', async () => {
    const calls = fakePublicApi({
      'POST /api/public/subscribe/confirm': { body: { lists: [{ id: 'list-alerts', name: 'Action alerts' }], preferencesToken: 'prefs.token' } },
    });
    const { user } = renderPublicMailPage(`/subscribe/confirm?token=${encodeURIComponent(TOKEN)}`);

    const button = await screen.findByRole('button', { name: 'Confirm my subscription' });
    expect(calls).toEqual([]);
    expect(await seriousAxeViolations()).toEqual([]);
    await user.click(button);

    const outcome = await screen.findByRole('status');
    expect(outcome).toHaveTextContent('You now receive: Action alerts.');
    expect(outcome).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1, name: 'Your subscription is confirmed' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Manage my subscriptions' })).toHaveAttribute('href', '/preferences?token=prefs.token');
    expect(calls).toEqual([{ method: 'POST', url: '/api/public/subscribe/confirm', body: { token: TOKEN } }]);
  });

  it('should say the link has expired and lead back to the form', async () => {
    fakePublicApi({
      'POST /api/public/subscribe/confirm': { status: 400, body: { code: 'BAD_USER_INPUT', reason: 'CONFIRMATION_EXPIRED', field: 'token' } },
    });
    const { user } = renderPublicMailPage(`/subscribe/confirm?token=${TOKEN}`);

    await user.click(await screen.findByRole('button', { name: 'Confirm my subscription' }));

    expect(await screen.findByText('This link has expired')).toBeInTheDocument();
    expect(screen.getByText('This confirmation link has expired. Subscribe again to receive a new one.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Subscribe again' })).toHaveAttribute('href', '/subscribe');
  });

  it('should say a changed link cannot be used', async () => {
    fakePublicApi({ 'POST /api/public/subscribe/confirm': { status: 400, body: { code: 'BAD_USER_INPUT', reason: 'LINK_INVALID' } } });
    const { user } = renderPublicMailPage(`/subscribe/confirm?token=${TOKEN}`);

    await user.click(await screen.findByRole('button', { name: 'Confirm my subscription' }));

    expect(await screen.findByText('This link cannot be used')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Confirm my subscription' })).not.toBeInTheDocument();
  });

  it('should ask for the link from the mail when the address has no token', async () => {
    renderPublicMailPage('/subscribe/confirm');

    expect(await screen.findByText(/needs the link from your confirmation mail/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Confirm my subscription' })).not.toBeInTheDocument();
  });
});
