import { Stance } from '@alliance/domain';
import type { Stance as StanceValue } from '../../gql/graphql';

/** Stances from the warmest to the coldest, then the ones not known: the order of bars and legends. */
export const STANCES: readonly StanceValue[] = [Stance.CHAMPION, Stance.SUPPORTIVE, Stance.NEUTRAL, Stance.OPPOSED, Stance.UNKNOWN];

/** Each stance's colour in bars and charts; the numbers are always written out too. */
export const STANCE_COLOURS: Record<StanceValue, string> = {
  CHAMPION: '#1f5f2a',
  SUPPORTIVE: '#6aa873',
  NEUTRAL: '#8a96a3',
  OPPOSED: '#b3261e',
  UNKNOWN: '#d3d9df',
};

export interface StanceCountLike {
  stance: StanceValue;
  count: number;
}

/** How many targets hold a stance (none when the API lists no row for it). */
export function countOf(counts: readonly StanceCountLike[], stance: StanceValue): number {
  return counts.find((row) => row.stance === stance)?.count ?? 0;
}
