import { Confidentiality, InteractionKind, Role } from '@alliance/domain';
import type {
  Confidentiality as ConfidentialityValue,
  InteractionFieldsFragment,
  InteractionKind as InteractionKindValue,
  InteractionNotesFieldsFragment,
  InteractionPageFieldsFragment,
  InteractionPageNotesFieldsFragment,
} from '../../gql/graphql';
import type { CurrentUser } from '../auth/hooks/useCurrentUser';

/** Meeting first: what is logged most. */
export const INTERACTION_KINDS: readonly InteractionKindValue[] = Object.values(InteractionKind);

/** From the widest audience to the narrowest. */
export const CONFIDENTIALITY_LEVELS: readonly ConfidentialityValue[] = [Confidentiality.COALITION, Confidentiality.INTERNAL, Confidentiality.RESTRICTED];

/** An interaction as a page or the timeline has it: the notes only when the reader is staff. */
export type ShownInteraction = InteractionFieldsFragment & Partial<InteractionNotesFieldsFragment>;

/** An interaction as its page has it: campaign, colleagues, documents and follow-up tasks; the notes only for staff. */
export type PageInteraction = InteractionPageFieldsFragment & Partial<InteractionPageNotesFieldsFragment>;

// The API decides; these mirror its rules so the admin offers only what will work.

/** Staff (everyone but member representatives) log interactions and read their notes. */
export function isStaff(user: CurrentUser): boolean {
  return user.role !== Role.MEMBER;
}

