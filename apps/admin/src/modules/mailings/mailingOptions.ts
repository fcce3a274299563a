import { DeliveryStatus, MailingStatus, Role, SubscriptionStatus, SuppressionReason } from '@alliance/domain';
import type {
  DeliveryStatus as DeliveryStatusValue,
  MailingStatus as MailingStatusValue,
  SubscriptionStatus as SubscriptionStatusValue,
  SuppressionReason as SuppressionReasonValue,
} from '../../gql/graphql';
import type { CurrentUser } from '../auth/hooks/useCurrentUser';

export const MAILING_STATUSES: readonly MailingStatusValue[] = Object.values(MailingStatus);
export const DELIVERY_STATUSES: readonly DeliveryStatusValue[] = Object.values(DeliveryStatus);
export const SUBSCRIPTION_STATUSES: readonly SubscriptionStatusValue[] = Object.values(SubscriptionStatus);
export const SUPPRESSION_REASONS: readonly SuppressionReasonValue[] = Object.values(SuppressionReason);

/** While these last, the mailing's figures change by the second: its page asks for them again and again. */
export const LIVE_STATUSES: readonly MailingStatusValue[] = ['SENDING', 'PAUSED'];

/** Sending was asked for and has not ended: it can still be cancelled. */
export const CANCELLABLE_STATUSES: readonly MailingStatusValue[] = ['AWAITING_APPROVAL', 'SCHEDULED', 'SENDING', 'PAUSED'];

export const mailingPath = (id: string) => `/mailings/${id}`;
export const mailingListPath = (id: string) => `/mailings/lists/${id}`;
export const audiencePath = (id: string) => `/mailings/audiences/${id}`;

// The API decides (each operation names the roles it allows); these mirror its rules so the admin offers only what
// will work.

/** Coordinators compose, send, approve and stop mailings, and keep the lists, audiences and suppressions. */
export function mayManageMailings(user: CurrentUser): boolean {
  return user.role === Role.COORDINATOR;
}

/** The second coordinator of the two-person rule: anyone but the one who asked may approve. */
export function mayApprove(user: CurrentUser, sendRequestedById: string | null | undefined): boolean {
  return mayManageMailings(user) && sendRequestedById !== user.id;
}

/**
 * The merge fields a body can hold, replaced per recipient by the server (HTML-escaped). The names are the API's:
 * they are not translated.
 */
export const MERGE_FIELDS = ['firstName', 'lastName', 'fullName', 'email', 'organisationName'] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

export const mergeFieldToken = (field: MergeField) => `{{${field}}}`;

/** What the composer's live preview puts in place of the merge fields (the mailing's page previews real people). */
export const SAMPLE_RECIPIENT: Record<MergeField, string> = {
  firstName: 'Amina',
  lastName: 'Diallo',
  fullName: 'Amina Diallo',
  email: 'amina.diallo@example.org',
  organisationName: 'Darfur Women Action Group',
};

/** The text with each merge field replaced by the sample recipient's value; unknown fields stay as written. */
export function withSampleValues(text: string): string {
  return text.replace(/{{\s*(\w+)\s*}}/g, (token, name: string) =>
    (MERGE_FIELDS as readonly string[]).includes(name) ? SAMPLE_RECIPIENT[name as MergeField] : token,
  );
}

/** A count as the reader's language writes it (1,234 or 1 234). */
export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}
