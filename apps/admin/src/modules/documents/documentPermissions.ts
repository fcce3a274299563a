import { Role } from '@alliance/domain';
import type { CurrentUser } from '../auth/hooks/useCurrentUser';

// The API decides; these mirror its rules so the admin offers only what will work.

/** Coordinators, advocates and analysts write documents and add or remove their files. */
export function mayWriteDocuments(user: CurrentUser): boolean {
  return user.role === Role.COORDINATOR || user.role === Role.ADVOCATE || user.role === Role.ANALYST;
}
