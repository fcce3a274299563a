/** The Ten Stages of Genocide (Gregory H. Stanton). Not linear: several can hold at once. */
export enum GenocideStage {
  CLASSIFICATION = 'CLASSIFICATION',
  SYMBOLISATION = 'SYMBOLISATION',
  DISCRIMINATION = 'DISCRIMINATION',
  DEHUMANISATION = 'DEHUMANISATION',
  ORGANISATION = 'ORGANISATION',
  POLARISATION = 'POLARISATION',
  PREPARATION = 'PREPARATION',
  PERSECUTION = 'PERSECUTION',
  EXTERMINATION = 'EXTERMINATION',
  DENIAL = 'DENIAL',
}

/** Stage numbers as the alliance writes them (1 classification ... 10 denial). */
export const GENOCIDE_STAGE_NUMBER: Readonly<Record<GenocideStage, number>> = {
  [GenocideStage.CLASSIFICATION]: 1,
  [GenocideStage.SYMBOLISATION]: 2,
  [GenocideStage.DISCRIMINATION]: 3,
  [GenocideStage.DEHUMANISATION]: 4,
  [GenocideStage.ORGANISATION]: 5,
  [GenocideStage.POLARISATION]: 6,
  [GenocideStage.PREPARATION]: 7,
  [GenocideStage.PERSECUTION]: 8,
  [GenocideStage.EXTERMINATION]: 9,
  [GenocideStage.DENIAL]: 10,
};

export enum AlertLevel {
  NONE = 'NONE',
  WATCH = 'WATCH',
  WARNING = 'WARNING',
  EMERGENCY = 'EMERGENCY',
}
