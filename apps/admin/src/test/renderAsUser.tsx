import type { ReactNode } from 'react';
import type { CurrentUserFieldsFragment } from '../gql/graphql';
import { CurrentUserContext } from '../modules/auth/hooks/useCurrentUser';
import { renderWithProviders, type RenderOptions } from './render';

/** A part of a signed-in page (e.g. a section of a record) as this user sees it, in a main landmark. */
export function renderAsUser(ui: ReactNode, user: CurrentUserFieldsFragment, options: RenderOptions = {}) {
  return renderWithProviders(
    <CurrentUserContext.Provider value={user}>
      <main>{ui}</main>
    </CurrentUserContext.Provider>,
    options,
  );
}
