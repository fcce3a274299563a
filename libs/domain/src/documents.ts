/** What a document is: papers the alliance writes, sends or hands over. */
export enum DocumentKind {
  OPTIONS_PAPER = 'OPTIONS_PAPER',
  SITUATION_REPORT = 'SITUATION_REPORT',
  LETTER = 'LETTER',
  BRIEFING_NOTE = 'BRIEFING_NOTE',
  PRESS_RELEASE = 'PRESS_RELEASE',
  OTHER = 'OTHER',
}

/** DRAFT: staff only. PUBLISHED: members see it when it belongs to a campaign open to them. */
export enum DocumentStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
