export enum OrganisationType {
  NGO = 'NGO',
  ACADEMIC = 'ACADEMIC',
  FAITH_BASED = 'FAITH_BASED',
  DIASPORA = 'DIASPORA',
  LEGAL = 'LEGAL',
  MEDIA = 'MEDIA',
  OTHER = 'OTHER',
}

/** Where an organisation stands with the alliance. Every change is kept, dated. */
export enum MembershipStatus {
  PROSPECT = 'PROSPECT',
  APPLIED = 'APPLIED',
  ACTIVE = 'ACTIVE',
  LAPSED = 'LAPSED',
  SUSPENDED = 'SUSPENDED',
  FORMER = 'FORMER',
}

/** How long a deleted record can be restored before it is gone for good. */
export const RESTORE_WINDOW_DAYS = 30;
