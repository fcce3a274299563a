import { Role, STAFF_ROLES } from '@alliance/domain';
import type { CurrentUser } from '../auth/hooks/useCurrentUser';

// The API decides; these mirror its rules so the screens offer only what will work.

/** Staff (coordinators, advocates, analysts) create tasks and edit everything about them. */
export function mayPlanTasks(user: CurrentUser): boolean {
  return (STAFF_ROLES as readonly string[]).includes(user.role);
}

/** Staff work on any task; a member representative only on their organisation's: moving it along, commenting. */
export function mayWorkOnTask(user: CurrentUser, task: { assigneeOrganisationId?: string | null }): boolean {
  if (mayPlanTasks(user)) return true;
  return user.role === Role.MEMBER && Boolean(user.organisationId) && task.assigneeOrganisationId === user.organisationId;
}

