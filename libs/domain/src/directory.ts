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

/** The lawful basis for emailing a contact. */
export enum EmailConsentStatus {
  /** Not recorded yet: not mailed. */
  UNKNOWN = 'UNKNOWN',
  GRANTED = 'GRANTED',
  WITHDRAWN = 'WITHDRAWN',
}

/** The bodies that decide. */
export enum InstitutionKind {
  UN_ORGAN = 'UN_ORGAN',
  UN_AGENCY = 'UN_AGENCY',
  PERMANENT_MISSION = 'PERMANENT_MISSION',
  NATIONAL_GOVERNMENT = 'NATIONAL_GOVERNMENT',
  MINISTRY = 'MINISTRY',
  PARLIAMENT = 'PARLIAMENT',
  REGIONAL_BODY = 'REGIONAL_BODY',
  COURT = 'COURT',
  OTHER = 'OTHER',
}

/** How one institution sits on another (a state's mission on the Security Council, a member of the AU PSC). */
export enum SeatRole {
  PERMANENT_MEMBER = 'PERMANENT_MEMBER',
  ELECTED_MEMBER = 'ELECTED_MEMBER',
  MEMBER = 'MEMBER',
  /** The monthly presidency of the Security Council, a chair of a regional body... */
  PRESIDENCY = 'PRESIDENCY',
}

/** How one person relates to another, read "from <kind> to": A ADVISES B, A REPORTS_TO B. */
export enum RelationshipKind {
  ADVISES = 'ADVISES',
  REPORTS_TO = 'REPORTS_TO',
  CHIEF_OF_STAFF_OF = 'CHIEF_OF_STAFF_OF',
  DEPUTY_OF = 'DEPUTY_OF',
  COLLEAGUE_OF = 'COLLEAGUE_OF',
  SPOUSE_OF = 'SPOUSE_OF',
  FAMILY_OF = 'FAMILY_OF',
  FRIEND_OF = 'FRIEND_OF',
  OTHER = 'OTHER',
}
