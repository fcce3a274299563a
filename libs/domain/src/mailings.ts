/** Where a mailing is in its life. */
export enum MailingStatus {
  DRAFT = 'DRAFT',
  /** Above the two-person threshold: waits for a second coordinator's approval. */
  AWAITING_APPROVAL = 'AWAITING_APPROVAL',
  /** Approved or below the threshold, waiting for its scheduled time. */
  SCHEDULED = 'SCHEDULED',
  SENDING = 'SENDING',
  PAUSED = 'PAUSED',
  /** Every delivery is accounted for (sent, failed, excluded, cancelled or unknown). */
  FINISHED = 'FINISHED',
  CANCELLED = 'CANCELLED',
}

/** What happened to one recipient of a mailing. */
export enum DeliveryStatus {
  /** Waiting for a worker (or for its next attempt after a temporary failure). */
  QUEUED = 'QUEUED',
  /** Taken by a worker, not yet handed to SMTP: safe to give back if the worker dies. */
  CLAIMED = 'CLAIMED',
  /** Handed to SMTP; the answer is not recorded yet. */
  SENDING = 'SENDING',
  SENT = 'SENT',
  /** Temporary failures until attempts ran out, or a permanent failure that is not a bounce. */
  FAILED = 'FAILED',
  /** Refused permanently by the receiving server (5xx): the address is suppressed. */
  BOUNCED = 'BOUNCED',
  /** Was being sent when its worker died: it may or may not have left. Resend only on purpose. */
  UNKNOWN = 'UNKNOWN',
  /** Excluded: the address is on the suppression list (bounced, complained, left all lists). */
  SUPPRESSED = 'SUPPRESSED',
  /** Excluded: the recipient left the mailing's list. */
  UNSUBSCRIBED = 'UNSUBSCRIBED',
  /** Excluded: no consent to be mailed on record. */
  NO_CONSENT = 'NO_CONSENT',
  /** The mailing was cancelled before this delivery left. */
  CANCELLED = 'CANCELLED',
}

/** Why an address receives no mail at all. */
export enum SuppressionReason {
  HARD_BOUNCE = 'HARD_BOUNCE',
  COMPLAINT = 'COMPLAINT',
  /** The recipient left every list from the preferences page. */
  LEFT_ALL = 'LEFT_ALL',
  MANUAL = 'MANUAL',
}

/** A contact's standing on one mailing list. */
export enum SubscriptionStatus {
  /** Asked to join a double opt-in list; waits for the confirmation link. */
  PENDING = 'PENDING',
  SUBSCRIBED = 'SUBSCRIBED',
  UNSUBSCRIBED = 'UNSUBSCRIBED',
}

/** One building block of an audience; AND, OR and NOT combine others. */
export enum AudienceRuleKind {
  AND = 'AND',
  OR = 'OR',
  NOT = 'NOT',
  /** Subscribed to any of these lists. */
  LISTS = 'LISTS',
  /** Affiliated with a member organisation of these statuses / countries / types. */
  MEMBER_ORGANISATIONS = 'MEMBER_ORGANISATIONS',
  /** Affiliated with an organisation taking part in any of these campaigns. */
  CAMPAIGN_PARTICIPANTS = 'CAMPAIGN_PARTICIPANTS',
  /** Targeted by any of these campaigns (directly, or through a position at a targeted institution). */
  CAMPAIGN_TARGETS = 'CAMPAIGN_TARGETS',
  /** Holding a current position at these institutions (optionally with their children) or institutions of these kinds. */
  POLICYMAKERS = 'POLICYMAKERS',
  COUNTRIES = 'COUNTRIES',
  LANGUAGES = 'LANGUAGES',
  /** Carrying any of these tags. */
  TAGS = 'TAGS',
}

/** The delivery states that count as excluded at send time. */
export const EXCLUDED_DELIVERY_STATUSES: readonly DeliveryStatus[] = [DeliveryStatus.SUPPRESSED, DeliveryStatus.UNSUBSCRIBED, DeliveryStatus.NO_CONSENT];
