import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../../app/i18n';
import { aUser, meMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { UPDATE_MY_PREFERENCES_MUTATION } from '../graphql/update-my-preferences.mutation';

describe('LanguageSwitch', () => {
  it('should turn the sign-in page into French, set <html lang="fr"> and remember the choice', async () => {
    const { user } = renderApp('/sign-in', { mocks: [meMock(null)] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();

    const languages = screen.getByRole('group', { name: 'Language' });
    await user.click(within(languages).getByRole('button', { name: 'Français' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Connexion' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^adresse e-mail/i)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Se connecter' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Langue' })).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Langue' })).getByRole('button', { name: 'Français' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(document.documentElement.lang).toBe('fr');
    expect(document.title).toBe('Connexion · Alliance CRM');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('fr');
  });

  it('should also save the choice on the account when signed in', async () => {
    const saved = vi.fn(() => ({
      data: { updateMyPreferences: { __typename: 'User' as const, id: 'user-2', language: 'FR' as const } },
    }));
    const { user } = renderApp('/', {
      mocks: [
        meMock(aUser({ id: 'user-2', name: 'Jean Mukendi', role: 'ADVOCATE' })),
        { request: { query: UPDATE_MY_PREFERENCES_MUTATION, variables: { input: { language: 'FR' } } }, result: saved },
      ],
    });

    const banner = await screen.findByRole('banner');
    await user.click(within(banner).getByRole('button', { name: 'Français' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Bienvenue, Jean Mukendi' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Navigation principale' })).toBeInTheDocument();
    expect(within(banner).getByRole('button', { name: 'Se déconnecter' })).toBeInTheDocument();
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
  });
});
