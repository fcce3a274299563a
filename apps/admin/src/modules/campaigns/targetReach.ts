/** A target not reached for more days than this (or never) needs outreach, and the targets table says so. */
export const STALE_TARGET_DAYS = 60;

const DAY_MS = 24 * 3600 * 1000;

/** How long ago a target was last reached, in whole days; null when it never was. */
export function daysSinceReached(lastReachedAt: string | null | undefined, now: Date = new Date()): number | null {
  if (!lastReachedAt) return null;
  const reached = new Date(lastReachedAt).getTime();
  if (Number.isNaN(reached)) return null;
  return Math.max(0, Math.floor((now.getTime() - reached) / DAY_MS));
}

/** Never reached, or not for more than STALE_TARGET_DAYS. */
export function isStaleTarget(lastReachedAt: string | null | undefined, now: Date = new Date()): boolean {
  const days = daysSinceReached(lastReachedAt, now);
  return days === null || days > STALE_TARGET_DAYS;
}
