import { Language } from '@alliance/domain';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { createI18n } from '../../../app/i18n';
import { PublicLayout } from '../../../app/layout/PublicLayout';
import { UiProviders } from '../../../app/providers';
import { ConfirmSubscriptionPage } from '../pages/ConfirmSubscriptionPage';
import { PreferencesPage } from '../pages/PreferencesPage';
import { SubscribePage } from '../pages/SubscribePage';

/** The public mailing pages in the public layout (language switch included), at `route`. */
export function renderPublicMailPage(route: string, { language = Language.EN }: { language?: Language } = {}) {
  const i18n = createI18n({ language });
  const router = createMemoryRouter(
    [
      {
        element: <PublicLayout />,
        children: [
          { path: '/subscribe', element: <SubscribePage /> },
          { path: '/subscribe/confirm', element: <ConfirmSubscriptionPage /> },
          { path: '/preferences', element: <PreferencesPage /> },
        ],
      },
    ],
    { initialEntries: [route] },
  );
  const user = userEvent.setup();
  const result = render(
    <MockedProvider>
      <UiProviders i18n={i18n}>
        <RouterProvider router={router} />
      </UiProviders>
    </MockedProvider>,
  );
  return { ...result, user, router, i18n };
}

export interface FakeCall {
  method: string;
  /** Path and query, e.g. "/api/public/preferences?token=abc". */
  url: string;
  body: unknown;
}

type Answer = { status?: number; body: unknown };

/**
 * Replaces fetch with the API's answers by "METHOD /path" (query ignored); records every call. A route
 * may answer with a function of the call, to depend on what was sent.
 */
export function fakePublicApi(routes: Record<string, Answer | ((call: FakeCall) => Answer)>) {
  const calls: FakeCall[] = [];
  const fetch = vi.fn<typeof globalThis.fetch>(async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url;
    const method = (init?.method ?? 'GET').toUpperCase();
    const call = { method, url, body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : null };
    calls.push(call);
    const route = routes[`${method} ${url.split('?')[0]}`];
    if (!route) return new Response(JSON.stringify({ message: 'no such route in the test' }), { status: 404 });
    const answer = typeof route === 'function' ? route(call) : route;
    return new Response(JSON.stringify(answer.body), { status: answer.status ?? 200, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return calls;
}
