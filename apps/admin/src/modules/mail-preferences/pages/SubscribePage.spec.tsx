import { Language } from '@alliance/domain';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { fillIn } from '../../../test/render';
import { fakePublicApi, renderPublicMailPage } from '../testing/renderPublicMailPage';

const LISTS = {
  lists: [
    { id: 'list-alerts', name: 'Action alerts', description: 'When a situation worsens', doubleOptIn: true },
    { id: 'list-news', name: 'Newsletter', description: null, doubleOptIn: false },
  ],
};

describe('SubscribePage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('should offer the public lists, say which ask for confirmation, and pass an accessibility check', async () => {
    fakePublicApi({ 'GET /api/public/lists': { body: LISTS } });
    renderPublicMailPage('/subscribe');

    const group = await screen.findByRole('group', { name: 'Lists' });
    expect(within(group).getByRole('checkbox', { name: /Action alerts.*When a situation worsens.*Asks you to confirm by mail/ })).not.toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'Newsletter' })).not.toBeChecked();
    expect(screen.getByText(/we first send a mail to confirm your address/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Subscribe to our mail' })).toBeInTheDocument();
    expect(document.title).toBe('Subscribe to our mail · Alliance CRM');
    expect(await seriousAxeViolations()).toEqual([]);
  });

  it('should say what is missing before calling the API', async () => {
    const calls = fakePublicApi({ 'GET /api/public/lists': { body: LISTS } });
    const { user } = renderPublicMailPage('/subscribe');

    await fillIn(user, await screen.findByLabelText(/^Email/), 'amina@');
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));

    expect(screen.getByLabelText(/^Email/)).toHaveAccessibleDescription('Enter an email address, e.g. name@example.org.');
    expect(screen.getByRole('group', { name: 'Lists' })).toHaveAccessibleDescription('Choose at least one list.');
    expect(calls.filter((call) => call.method === 'POST')).toEqual([]);
  });

  it('should send the address, names, language and lists, then ask to check the inbox', async () => {
    const calls = fakePublicApi({
      'GET /api/public/lists': { body: LISTS },
      'POST /api/public/subscribe': { status: 202, body: { status: 'accepted', message: 'Thank you.' } },
    });
    const { user } = renderPublicMailPage('/subscribe');

    await fillIn(user, await screen.findByLabelText(/^Email/), ' amina@example.org ');
    await fillIn(user, screen.getByLabelText('First name (optional)'), 'Amina');
    await user.click(screen.getByRole('checkbox', { name: /Action alerts/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Newsletter' }));
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));

    const outcome = await screen.findByRole('status');
    expect(outcome).toHaveTextContent('If amina@example.org can receive our mail, a message is on its way to it.');
    expect(outcome).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1, name: 'Check your inbox' })).toBeInTheDocument();
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      email: 'amina@example.org',
      firstName: 'Amina',
      language: 'en',
      listIds: ['list-alerts', 'list-news'],
    });
  });

  it('should follow the page language in French, and send French as the mail language', async () => {
    const calls = fakePublicApi({
      'GET /api/public/lists': { body: LISTS },
      'POST /api/public/subscribe': { status: 202, body: { status: 'accepted' } },
    });
    const { user } = renderPublicMailPage('/subscribe', { language: Language.FR });

    expect(await screen.findByRole('heading', { level: 1, name: 'Recevoir nos envois' })).toBeInTheDocument();
    await fillIn(user, screen.getByLabelText(/^Adresse e-mail/), 'elodie@exemple.fr');
    await user.click(screen.getByRole('checkbox', { name: 'Newsletter' }));
    await user.click(screen.getByRole('button', { name: "M'inscrire" }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Consultez votre boîte de réception' })).toBeInTheDocument();
    expect(calls.find((call) => call.method === 'POST')?.body).toMatchObject({ language: 'fr' });
  });

  it('should say when the connection sent too many requests, and keep what was typed', async () => {
    fakePublicApi({
      'GET /api/public/lists': { body: LISTS },
      'POST /api/public/subscribe': { status: 429, body: { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 600 } },
    });
    const { user } = renderPublicMailPage('/subscribe');

    await fillIn(user, await screen.findByLabelText(/^Email/), 'amina@example.org');
    await user.click(screen.getByRole('checkbox', { name: 'Newsletter' }));
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));

    expect(await screen.findByText('Too many attempts from your connection. Wait a few minutes, then try again.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Email/)).toHaveValue('amina@example.org');
  });

  it('should show the API’s reason under the lists when a list is no longer offered', async () => {
    fakePublicApi({
      'GET /api/public/lists': { body: LISTS },
      'POST /api/public/subscribe': {
        status: 400,
        body: { code: 'BAD_USER_INPUT', field: 'listIds.0', fields: [{ field: 'listIds.0', message: 'is not a list open to subscription' }] },
      },
    });
    const { user } = renderPublicMailPage('/subscribe');

    await fillIn(user, await screen.findByLabelText(/^Email/), 'amina@example.org');
    await user.click(screen.getByRole('checkbox', { name: 'Newsletter' }));
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));

    expect(await screen.findByText('Is not a list open to subscription')).toBeInTheDocument();
  });
});
