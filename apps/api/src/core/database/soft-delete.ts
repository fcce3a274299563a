import { RESTORE_WINDOW_DAYS } from '@alliance/domain';
import { domainError, ErrorCode } from '../graphql/errors';

/** Refuses to restore a record that is not deleted, or was deleted longer ago than the restore window. */
export function assertRestorable(what: string, deletedAt: Date | null): void {
  if (!deletedAt) throw domainError(ErrorCode.CONFLICT, `This ${what} is not deleted.`);
  if (Date.now() - deletedAt.getTime() > RESTORE_WINDOW_DAYS * 24 * 3600 * 1000) {
    throw domainError(ErrorCode.CONFLICT, `Deleted records can be restored for ${RESTORE_WINDOW_DAYS} days; this ${what} was deleted earlier.`);
  }
}
