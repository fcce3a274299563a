/**
 * A small, fast, seedable generator (sfc32, seeded through splitmix32) for the millions of choices a
 * large dataset makes; faker (seeded from the same number) supplies names and places.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let state = seed >>> 0;
    const splitmix = (): number => {
      state = (state + 0x9e3779b9) >>> 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = splitmix();
    this.b = splitmix();
    this.c = splitmix();
    this.d = splitmix();
    for (let i = 0; i < 12; i++) this.uint32();
  }

  uint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** [0, 1) */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** One of the values, with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of entries) total += weight;
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1][0];
  }

  /** Up to `count` distinct items (fewer when the list is shorter). */
  sample<T>(items: readonly T[], count: number): T[] {
    if (count >= items.length) return [...items];
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(Math.floor(this.next() * items.length));
    return [...chosen].map((index) => items[index]);
  }

  /** A version 4 UUID drawn from this generator, so identifiers are reproducible too. */
  uuid(): string {
    const hex = (value: number) => value.toString(16).padStart(8, '0');
    const a = hex(this.uint32());
    const b = hex(((this.uint32() & 0xffff0fff) | 0x00004000) >>> 0);
    const c = hex(((this.uint32() & 0x3fffffff) | 0x80000000) >>> 0);
    const d = hex(this.uint32());
    return `${a}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${d}`;
  }
}

const DAY_MS = 86_400_000;

/** Dates relative to one anchor day, so a dataset seeded today looks current and a fixed anchor reproduces it exactly. */
export class Clock {
  readonly anchor: Date;

  constructor(anchorDay: string) {
    this.anchor = new Date(`${anchorDay}T00:00:00.000Z`);
    if (Number.isNaN(this.anchor.getTime())) throw new Error(`Not a date: ${anchorDay}`);
  }

  /** A timestamp `days` days before the anchor (negative: after), plus `withinDayMs` milliseconds. */
  ago(days: number, withinDayMs = 0): Date {
    return new Date(this.anchor.getTime() - days * DAY_MS + withinDayMs);
  }

  /** 'YYYY-MM-DD' `days` before the anchor (negative: after). */
  day(days: number): string {
    return this.ago(days).toISOString().slice(0, 10);
  }

  /** A random working-hours timestamp between `fromDaysAgo` and `toDaysAgo` days before the anchor. */
  between(random: Random, fromDaysAgo: number, toDaysAgo: number): Date {
    const days = random.int(Math.min(fromDaysAgo, toDaysAgo), Math.max(fromDaysAgo, toDaysAgo));
    return this.ago(days, (random.int(7, 18) * 60 + random.pick([0, 15, 30, 45])) * 60_000);
  }
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
