import { Language } from '@alliance/domain';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryRouter, MemoryRouter, RouterProvider } from 'react-router';
import { createI18n } from '../app/i18n';
import { UiProviders } from '../app/providers';
import { appRoutes } from '../app/routes';

export interface RenderOptions {
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  language?: Language;
}

/** The whole app (real routes, layouts, guards) at `route`, with mocked API answers. */
export function renderApp(route: string, { mocks = [], language = Language.EN }: RenderOptions = {}) {
  const i18n = createI18n({ language });
  const router = createMemoryRouter(appRoutes, { initialEntries: [route] });
  const user = userEvent.setup();
  const result = render(
    <MockedProvider mocks={mocks}>
      <UiProviders i18n={i18n}>
        <RouterProvider router={router} />
      </UiProviders>
    </MockedProvider>,
  );
  return { ...result, user, router, i18n };
}

/** One component with translations, theme, a router and mocked API answers. */
export function renderWithProviders(ui: ReactNode, { mocks = [], language = Language.EN }: RenderOptions = {}) {
  const i18n = createI18n({ language });
  const user = userEvent.setup();
  const result = render(
    <MockedProvider mocks={mocks}>
      <UiProviders i18n={i18n}>
        <MemoryRouter>{ui}</MemoryRouter>
      </UiProviders>
    </MockedProvider>,
  );
  return { ...result, user, i18n };
}

/** Puts text into a field in one go (like pasting): much faster than typing into big forms, same events for React. */
export async function fillIn(user: UserEvent, field: HTMLElement, text: string): Promise<void> {
  await user.click(field);
  await user.paste(text);
}
