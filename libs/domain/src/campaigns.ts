export enum CampaignStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  CLOSED = 'CLOSED',
}

/** INTERNAL: staff only. MEMBERS: member organisations see it and may join. */
export enum CampaignVisibility {
  INTERNAL = 'INTERNAL',
  MEMBERS = 'MEMBERS',
}

export enum ParticipationRole {
  LEAD = 'LEAD',
  PARTNER = 'PARTNER',
  SUPPORTER = 'SUPPORTER',
}

/** Where a target stands on the campaign's asks; changes are dated. */
export enum Stance {
  CHAMPION = 'CHAMPION',
  SUPPORTIVE = 'SUPPORTIVE',
  NEUTRAL = 'NEUTRAL',
  OPPOSED = 'OPPOSED',
  UNKNOWN = 'UNKNOWN',
}

export enum Priority {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}

export enum TaskStatus {
  TODO = 'TODO',
  IN_PROGRESS = 'IN_PROGRESS',
  BLOCKED = 'BLOCKED',
  DONE = 'DONE',
}

export enum InteractionKind {
  MEETING = 'MEETING',
  CALL = 'CALL',
  LETTER = 'LETTER',
  EMAIL = 'EMAIL',
  BRIEFING = 'BRIEFING',
  HEARING = 'HEARING',
  EVENT = 'EVENT',
}

/**
 * COALITION: members see that it happened, with whom and when, not the notes. INTERNAL: staff only.
 * RESTRICTED: only the users named on it (reading it is audited).
 */
export enum Confidentiality {
  COALITION = 'COALITION',
  INTERNAL = 'INTERNAL',
  RESTRICTED = 'RESTRICTED',
}

export enum CommitmentStatus {
  MADE = 'MADE',
  IN_PROGRESS = 'IN_PROGRESS',
  KEPT = 'KEPT',
  BROKEN = 'BROKEN',
}

/** Dated events that matter to asks. */
export enum CalendarEventKind {
  COUNCIL_MEETING = 'COUNCIL_MEETING',
  PRESIDENCY = 'PRESIDENCY',
  SESSION = 'SESSION',
  SUMMIT = 'SUMMIT',
  VOTE = 'VOTE',
  DEADLINE = 'DEADLINE',
  OTHER = 'OTHER',
}
