import { createContext, useContext } from 'react';
import type { MeQuery } from '../../../gql/graphql';

export type CurrentUser = NonNullable<MeQuery['me']>;

export const CurrentUserContext = createContext<CurrentUser | null>(null);

/** The signed-in user; only inside <RequireSignedIn>, which guarantees there is one. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser must be used inside <RequireSignedIn>');
  return user;
}
