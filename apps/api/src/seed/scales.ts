/** How much of everything one run generates. */
export interface SeedCounts {
  organisations: number;
  contacts: number;
  /** Total institutions, the shipped reference ones included (never fewer than those). */
  institutions: number;
  positions: number;
  campaigns: number;
  /** Targets per campaign, [min, max]. */
  targetsPerCampaign: [number, number];
  /** Participating organisations per campaign, [min, max]. */
  participantsPerCampaign: [number, number];
  tasks: number;
  interactions: number;
  calendarEvents: number;
  documents: number;
  /** Staff accounts besides the demo users (no password: they cannot sign in). */
  staffUsers: number;
  /** Not generated yet: their tables do not exist (see seed/extensions.ts). */
  situations: number;
  /** Mailing deliveries (one per recipient of a sent mailing). */
  deliveries: number;
}

export type ScaleName = 'demo' | 'large';

export const SCALES: Readonly<Record<ScaleName, SeedCounts>> = {
  demo: {
    organisations: 40,
    contacts: 150,
    institutions: 0,
    positions: 60,
    campaigns: 4,
    targetsPerCampaign: [8, 14],
    participantsPerCampaign: [3, 8],
    tasks: 45,
    interactions: 60,
    calendarEvents: 8,
    documents: 8,
    staffUsers: 0,
    situations: 0,
    deliveries: 100,
  },
  large: {
    organisations: 5_000,
    contacts: 100_000,
    institutions: 2_000,
    positions: 20_000,
    campaigns: 200,
    targetsPerCampaign: [40, 120],
    participantsPerCampaign: [5, 30],
    tasks: 50_000,
    interactions: 1_000_000,
    calendarEvents: 2_000,
    documents: 300,
    staffUsers: 40,
    situations: 300,
    deliveries: 1_000_000,
  },
};

/** The large scale shrunk (or grown) by `factor`, keeping at least one of each thing. */
export function scaledCounts(name: ScaleName, factor: number): SeedCounts {
  const base = SCALES[name];
  if (factor === 1) return base;
  const scale = (n: number) => (n === 0 ? 0 : Math.max(1, Math.round(n * factor)));
  return {
    ...base,
    organisations: scale(base.organisations),
    contacts: Math.max(scale(base.contacts), 10),
    institutions: scale(base.institutions),
    positions: scale(base.positions),
    campaigns: scale(base.campaigns),
    tasks: scale(base.tasks),
    interactions: scale(base.interactions),
    calendarEvents: scale(base.calendarEvents),
    documents: scale(base.documents),
    staffUsers: scale(base.staffUsers),
    situations: scale(base.situations),
    deliveries: scale(base.deliveries),
  };
}
