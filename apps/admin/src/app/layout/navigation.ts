import { Role } from '@alliance/domain';
import type { ParseKeys } from 'i18next';

export interface NavigationItem {
  to: string;
  label: ParseKeys<'common'>;
  icon:
    | 'dashboard'
    | 'campaigns'
    | 'myTasks'
    | 'logInteraction'
    | 'calendar'
    | 'documents'
    | 'mailings'
    | 'mailingLists'
    | 'audiences'
    | 'suppressions'
    | 'organisations'
    | 'contacts'
    | 'contactImport'
    | 'duplicates'
    | 'institutions'
    | 'policymakers'
    | 'users'
    | 'audit'
    | 'outbox'
    | 'deleted';
  /** Who sees the entry; absent means every signed-in user. */
  roles?: readonly Role[];
  /** A page within the entry before it (e.g. importing contacts), shown indented under it. */
  nested?: boolean;
}

/** The side navigation. The API enforces the same roles; hiding only spares people dead ends. */
export const NAVIGATION: readonly NavigationItem[] = [
  { to: '/', label: 'nav.dashboard', icon: 'dashboard' },
  { to: '/campaigns', label: 'nav.campaigns', icon: 'campaigns' },
  { to: '/tasks', label: 'nav.myTasks', icon: 'myTasks' },
  { to: '/interactions/new', label: 'nav.logInteraction', icon: 'logInteraction', roles: [Role.COORDINATOR, Role.ADVOCATE, Role.ANALYST] },
  { to: '/calendar', label: 'nav.calendar', icon: 'calendar' },
  { to: '/documents', label: 'nav.documents', icon: 'documents' },
  { to: '/mailings', label: 'nav.mailings', icon: 'mailings', roles: [Role.COORDINATOR, Role.ADVOCATE] },
  { to: '/mailings/lists', label: 'nav.mailingLists', icon: 'mailingLists', roles: [Role.COORDINATOR, Role.ADVOCATE], nested: true },
  { to: '/mailings/audiences', label: 'nav.audiences', icon: 'audiences', roles: [Role.COORDINATOR, Role.ADVOCATE], nested: true },
  { to: '/mailings/suppressions', label: 'nav.suppressions', icon: 'suppressions', roles: [Role.COORDINATOR], nested: true },
  { to: '/organisations', label: 'nav.organisations', icon: 'organisations' },
  { to: '/contacts', label: 'nav.contacts', icon: 'contacts' },
  { to: '/contacts/import', label: 'nav.contactImport', icon: 'contactImport', roles: [Role.COORDINATOR, Role.ADVOCATE], nested: true },
  { to: '/contacts/duplicates', label: 'nav.duplicates', icon: 'duplicates', roles: [Role.COORDINATOR, Role.ADVOCATE], nested: true },
  { to: '/institutions', label: 'nav.institutions', icon: 'institutions' },
  { to: '/policymakers', label: 'nav.policymakers', icon: 'policymakers' },
  { to: '/users', label: 'nav.users', icon: 'users', roles: [Role.COORDINATOR] },
  { to: '/audit', label: 'nav.audit', icon: 'audit', roles: [Role.COORDINATOR] },
  { to: '/outbox', label: 'nav.outbox', icon: 'outbox', roles: [Role.COORDINATOR] },
  { to: '/deleted', label: 'nav.deleted', icon: 'deleted', roles: [Role.COORDINATOR] },
];

export function navigationFor(role: string): NavigationItem[] {
  return NAVIGATION.filter((item) => !item.roles || (item.roles as readonly string[]).includes(role));
}
