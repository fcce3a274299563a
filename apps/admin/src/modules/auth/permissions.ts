import { Role } from '@alliance/domain';
import type { CurrentUser } from './hooks/useCurrentUser';

// The API decides (each operation names the roles it allows); these mirror its rules so the admin offers only what
// will work.

/** Coordinators and advocates keep the directory: they add and edit organisations and contacts. */
export function mayEditDirectory(user: CurrentUser): boolean {
  return user.role === Role.COORDINATOR || user.role === Role.ADVOCATE;
}

/** Besides coordinators and advocates, a member representative edits their own organisation's profile. */
export function mayEditOrganisation(user: CurrentUser, organisationId: string): boolean {
  return mayEditDirectory(user) || (user.role === Role.MEMBER && user.organisationId === organisationId);
}

/** Membership changes, deleting and restoring are for coordinators. */
export function isCoordinator(user: CurrentUser): boolean {
  return user.role === Role.COORDINATOR;
}

/** Staff (everyone but member representatives) may list the CRM's users: to assign them work or name who took part. */
export function mayPickColleagues(user: CurrentUser): boolean {
  return user.role !== Role.MEMBER;
}
