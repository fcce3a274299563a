import { Language } from '@alliance/domain';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import type { Preferences } from '../api/publicMailApi';
import { fakePublicApi, renderPublicMailPage, type FakeCall } from '../testing/renderPublicMailPage';

const TOKEN = 'recipient.token-abc';

function preferences(subscribed: Record<string, boolean>, suppressed = false): Preferences {
  return {
    email: 'amina@example.org',
    fromListId: 'list-alerts',
    lists: [
      { id: 'list-alerts', name: 'Action alerts', description: 'When a situation worsens', subscribed: subscribed['list-alerts'] ?? false },
      { id: 'list-news', name: 'Newsletter', description: null, subscribed: subscribed['list-news'] ?? false },
    ],
    suppressed,
  };
}

describe('PreferencesPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('should show each list with a switch, and save the chosen ones', async () => {
    const calls = fakePublicApi({
      'GET /api/public/preferences': { body: preferences({ 'list-alerts': true }) },
      'POST /api/public/preferences': (call: FakeCall) => {
        const ids = (call.body as { subscribedListIds: string[] }).subscribedListIds;
        return { body: preferences(Object.fromEntries(ids.map((id) => [id, true]))) };
      },
    });
    const { user } = renderPublicMailPage(`/preferences?token=${encodeURIComponent(TOKEN)}`);

    expect(await screen.findByText('Choose what amina@example.org receives from the Alliance Against Genocide.')).toBeInTheDocument();
    const lists = screen.getByRole('group', { name: 'Lists' });
    expect(within(lists).getByRole('switch', { name: /Action alerts/ })).toBeChecked();
    expect(within(lists).getByRole('switch', { name: 'Newsletter' })).not.toBeChecked();
    expect(screen.queryByRole('button', { name: /Unsubscribe from/ })).not.toBeInTheDocument();
    expect(await seriousAxeViolations()).toEqual([]);

    await user.click(within(lists).getByRole('switch', { name: /Action alerts/ }));
    await user.click(within(lists).getByRole('switch', { name: 'Newsletter' }));
    await user.click(screen.getByRole('button', { name: 'Save my choices' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Your choices are saved.');
    expect(calls[0]).toEqual({ method: 'GET', url: `/api/public/preferences?token=${encodeURIComponent(TOKEN)}`, body: null });
    expect(calls[1]).toEqual({ method: 'POST', url: '/api/public/preferences', body: { token: TOKEN, subscribedListIds: ['list-news'], leaveAll: false } });
    expect(within(lists).getByRole('switch', { name: 'Newsletter' })).toBeChecked();
  });

  it('should lead with unsubscribing from the mail’s list when the unsubscribe link was opened', async () => {
    let unsubscribed = false;
    const calls = fakePublicApi({
      'GET /api/public/preferences': () => ({ body: preferences({ 'list-alerts': !unsubscribed, 'list-news': true }) }),
      'POST /api/public/unsubscribe': () => {
        unsubscribed = true;
        return { body: { unsubscribed: true } };
      },
    });
    const { user } = renderPublicMailPage(`/preferences?token=${encodeURIComponent(TOKEN)}&unsubscribe=1`);

    expect(await screen.findByRole('heading', { level: 2, name: 'Unsubscribe from “Action alerts”' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Unsubscribe from “Action alerts”' }));

    const outcome = await screen.findByRole('status');
    expect(outcome).toHaveTextContent('You are unsubscribed from “Action alerts”.');
    expect(outcome).toHaveFocus();
    expect(calls.find((call) => call.method === 'POST')).toEqual({ method: 'POST', url: `/api/public/unsubscribe?token=${encodeURIComponent(TOKEN)}`, body: null });
    expect(screen.queryByRole('button', { name: /Unsubscribe from/ })).not.toBeInTheDocument();
    expect(screen.getByRole('switch', { name: /Action alerts/ })).not.toBeChecked();
    expect(screen.getByRole('switch', { name: 'Newsletter' })).toBeChecked();
  });

  it('should ask before leaving every list, then say it is done', async () => {
    const calls = fakePublicApi({
      'GET /api/public/preferences': { body: preferences({ 'list-alerts': true, 'list-news': true }) },
      'POST /api/public/preferences': { body: preferences({}, true) },
    });
    const { user } = renderPublicMailPage(`/preferences?token=${TOKEN}`);

    await user.click(await screen.findByRole('button', { name: 'Leave all lists' }));
    const dialog = screen.getByRole('dialog', { name: 'Leave all lists?' });
    expect(dialog).toHaveAccessibleDescription('amina@example.org will receive no more mail from the Alliance Against Genocide, on any list.');
    expect(calls.filter((call) => call.method === 'POST')).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Leave all lists' }));

    expect(await screen.findByRole('status')).toHaveTextContent('You have left every list. You will receive no more mail from us.');
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({ token: TOKEN, subscribedListIds: [], leaveAll: true });
    expect(screen.getByRole('switch', { name: /Action alerts/ })).not.toBeChecked();
  });

  it('should say plainly that a changed link cannot be used', async () => {
    fakePublicApi({ 'GET /api/public/preferences': { status: 400, body: { code: 'BAD_USER_INPUT', reason: 'LINK_INVALID', field: 'token' } } });
    renderPublicMailPage(`/preferences?token=${TOKEN}x`);

    expect(await screen.findByText('This link cannot be used')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save my choices' })).not.toBeInTheDocument();
  });

  it('should speak French to a French browser', async () => {
    fakePublicApi({ 'GET /api/public/preferences': { body: preferences({ 'list-alerts': true }) } });
    renderPublicMailPage(`/preferences?token=${TOKEN}&unsubscribe=1`, { language: Language.FR });

    expect(await screen.findByRole('button', { name: 'Me désinscrire de « Action alerts »' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Vos abonnements' })).toBeInTheDocument();
  });
});
