import { createContext, useContext } from 'react';
import type { CurrentUserFieldsFragment } from '../../../gql/graphql';

export type CurrentUser = CurrentUserFieldsFragment;

export const CurrentUserContext = createContext<CurrentUser | null>(null);

/** The signed-in user; only inside <RequireSignedIn>, which guarantees there is one. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser must be used inside <RequireSignedIn>');
  return user;
}
