import { Role } from '@alliance/domain';
import type { CurrentUser } from '../auth/hooks/useCurrentUser';

// The API decides (each operation names the roles it allows); these mirror its rules so the admin offers only what
// will work.

/** Coordinators and advocates plan campaigns: they create and edit them, add targets and follow up commitments. */
export function mayEditCampaigns(user: CurrentUser): boolean {
  return user.role === Role.COORDINATOR || user.role === Role.ADVOCATE;
}

/** Coordinators add organisations to a campaign and change their role. */
export function mayManageParticipants(user: CurrentUser): boolean {
  return user.role === Role.COORDINATOR;
}

/** Alliance staff (everyone but member representatives) see stances, commitments and log meetings. */
export function isStaff(user: CurrentUser): boolean {
  return user.role !== Role.MEMBER;
}

/** The member organisation a representative joins and leaves campaigns for; null for staff. */
export function representedOrganisationId(user: CurrentUser): string | null {
  return user.role === Role.MEMBER ? (user.organisationId ?? null) : null;
}
