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
