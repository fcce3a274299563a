import { Role } from '@alliance/domain';
import type { ParseKeys } from 'i18next';

export interface NavigationItem {
  to: string;
  label: ParseKeys<'common'>;
  icon:
    | 'dashboard'
    | 'organisations'
    | 'contacts'
    | 'contactImport'
    | 'duplicates'
    | 'institutions'
    | 'policymakers'
    | 'users'
    | 'audit'
    | 'deleted';
  /** Who sees the entry; absent means every signed-in user. */
  roles?: readonly Role[];
  /** A page within the entry before it (e.g. importing contacts), shown indented under it. */
  nested?: boolean;
}

/** The side navigation. The API enforces the same roles; hiding only spares people dead ends. */
export const NAVIGATION: readonly NavigationItem[] = [
  { to: '/', label: 'nav.dashboard', icon: 'dashboard' },
  { to: '/organisations', label: 'nav.organisations', icon: 'organisations' },
  { to: '/contacts', label: 'nav.contacts', icon: 'contacts' },
  { to: '/contacts/import', label: 'nav.contactImport', icon: 'contactImport', roles: [Role.COORDINATOR, Role.ADVOCATE], nested: true },
  { to: '/contacts/duplicates', label: 'nav.duplicates', icon: 'duplicates', roles: [Role.COORDINATOR, Role.ADVOCATE], nested: true },
  { to: '/institutions', label: 'nav.institutions', icon: 'institutions' },
  { to: '/policymakers', label: 'nav.policymakers', icon: 'policymakers' },
  { to: '/users', label: 'nav.users', icon: 'users', roles: [Role.COORDINATOR] },
  { to: '/audit', label: 'nav.audit', icon: 'audit', roles: [Role.COORDINATOR] },
  { to: '/deleted', label: 'nav.deleted', icon: 'deleted', roles: [Role.COORDINATOR] },
];

export function navigationFor(role: string): NavigationItem[] {
  return NAVIGATION.filter((item) => !item.roles || (item.roles as readonly string[]).includes(role));
}
