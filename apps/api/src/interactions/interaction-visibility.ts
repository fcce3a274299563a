import { Confidentiality, Role } from '@alliance/domain';
import { SignedInUser } from '../core/auth/request-auth';

/**
 * The SQL condition (on alias `interaction`) for interactions the viewer may know of:
 * coordinators all; other staff coalition and internal ones and the restricted ones naming them;
 * member representatives coalition ones (that they happened, with whom, when: never the notes).
 */
export function visibleInteractionsSql(viewer: SignedInUser): { sql: string; parameters: Record<string, unknown> } {
  switch (viewer.role) {
    case Role.COORDINATOR:
      return { sql: 'TRUE', parameters: {} };
    case Role.MEMBER:
      return { sql: 'interaction.confidentiality = :coalition', parameters: { coalition: Confidentiality.COALITION } };
    default:
      return {
        sql: `(interaction.confidentiality <> :restricted OR EXISTS (
                SELECT 1 FROM interaction_participants p WHERE p.interaction_id = interaction.id AND p.user_id = :viewerId))`,
        parameters: { restricted: Confidentiality.RESTRICTED, viewerId: viewer.id },
      };
  }
}

/** Notes (summary, outcome, commitments) are for staff who may see the interaction; never for members. */
export function maySeeNotes(viewer: SignedInUser | null): boolean {
  return !!viewer && viewer.role !== Role.MEMBER;
}

/**
 * Which colleagues (users) took part is for staff: members learn who in the alliance met someone
 * through the member organisations that took part.
 */
export function maySeeColleagues(viewer: SignedInUser | null): boolean {
  return !!viewer && viewer.role !== Role.MEMBER;
}
