import { Role } from '@alliance/domain';
import type { ParseKeys } from 'i18next';

export interface NavigationItem {
  to: string;
  label: ParseKeys<'common'>;
  icon: 'dashboard' | 'users' | 'audit';
  /** Who sees the entry; absent means every signed-in user. */
  roles?: readonly Role[];
}

/** The side navigation. The API enforces the same roles; hiding only spares people dead ends. */
export const NAVIGATION: readonly NavigationItem[] = [
  { to: '/', label: 'nav.dashboard', icon: 'dashboard' },
  { to: '/users', label: 'nav.users', icon: 'users', roles: [Role.COORDINATOR] },
  { to: '/audit', label: 'nav.audit', icon: 'audit', roles: [Role.COORDINATOR] },
];

export function navigationFor(role: string): NavigationItem[] {
  return NAVIGATION.filter((item) => !item.roles || (item.roles as readonly string[]).includes(role));
}
