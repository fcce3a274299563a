interface Entry {
  value: string;
  /** Date.now() after which the key is gone; null: no expiry. */
  expiresAt: number | null;
}

type Reply = [Error | null, unknown];

/** How often keys past their expiry are swept out (reads skip them anyway). */
const SWEEP_MS = 60_000;

/**
 * What an installation without Redis gives the code that takes the shared Redis connection (REDIS): the few
 * commands the throttles send through rate-limiter-flexible's RateLimiterRedis (its increment script, and get,
 * set, incrby, pttl, del singly or in a MULTI), on keys kept in this process's memory. Counts are per process,
 * which is all there is with the in-process queue. Any other command is refused loudly rather than faked.
 */
export class InProcessRedis {
  readonly status = 'ready';
  private readonly entries = new Map<string, Entry>();
  private readonly sweeper: NodeJS.Timeout;

  constructor() {
    this.sweeper = setInterval(() => this.sweep(), SWEEP_MS);
    this.sweeper.unref();
  }

  /** RateLimiterRedis defines its increment script as a command; this class runs the same steps natively. */
  defineCommand(name: string): void {
    if (name !== 'rlflxIncr') throw new Error(`The in-process Redis has no command ${name}`);
  }

  /**
   * rate-limiter-flexible's script: SET key 0 EX duration NX, INCRBY key points, PTTL key (and EXPIRE when the
   * key has no expiry). Returns [consumed, ttl in ms].
   */
  async rlflxIncr([key, points, seconds]: string[]): Promise<[number, number]> {
    const duration = Number(seconds);
    if (!this.live(key)) this.entries.set(key, { value: '0', expiresAt: Date.now() + duration * 1000 });
    const consumed = this.incrbySync(key, Number(points));
    let ttl = this.pttlSync(key);
    if (ttl === -1) {
      this.entries.get(key)!.expiresAt = Date.now() + duration * 1000;
      ttl = duration * 1000;
    }
    return [consumed, ttl];
  }

  async get(key: string): Promise<string | null> {
    return this.live(key)?.value ?? null;
  }

  async del(...keys: string[]): Promise<number> {
    return keys.filter((key) => this.live(key) && this.entries.delete(key)).length;
  }

  async ping(): Promise<string> {
    return 'PONG';
  }

  multi(): InProcessMulti {
    return new InProcessMulti(this);
  }

  async quit(): Promise<'OK'> {
    clearInterval(this.sweeper);
    return 'OK';
  }

  disconnect(): void {
    clearInterval(this.sweeper);
  }

  /** SET key value [EX seconds]. */
  setSync(key: string, value: string | number, ...options: (string | number)[]): 'OK' {
    const ex = options.findIndex((option) => String(option).toUpperCase() === 'EX');
    const expiresAt = ex >= 0 ? Date.now() + Number(options[ex + 1]) * 1000 : null;
    this.entries.set(key, { value: String(value), expiresAt });
    return 'OK';
  }

  incrbySync(key: string, by: number): number {
    const entry = this.live(key);
    const next = Number(entry?.value ?? 0) + by;
    if (!Number.isSafeInteger(next)) throw new Error('ERR value is not an integer or out of range');
    if (entry) entry.value = String(next);
    else this.entries.set(key, { value: String(next), expiresAt: null });
    return next;
  }

  /** Milliseconds left; -1 without expiry, -2 without the key (as Redis answers). */
  pttlSync(key: string): number {
    const entry = this.live(key);
    if (!entry) return -2;
    return entry.expiresAt === null ? -1 : Math.max(entry.expiresAt - Date.now(), 0);
  }

  getSync(key: string): string | null {
    return this.live(key)?.value ?? null;
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt !== null && entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private sweep(): void {
    for (const key of this.entries.keys()) this.live(key);
  }
}

/** A MULTI: commands queued, then run one after another with nothing in between (this is one thread). */
export class InProcessMulti {
  private readonly commands: (() => unknown)[] = [];

  constructor(private readonly redis: InProcessRedis) {}

  get(key: string): this {
    this.commands.push(() => this.redis.getSync(key));
    return this;
  }

  set(key: string, value: string | number, ...options: (string | number)[]): this {
    this.commands.push(() => this.redis.setSync(key, value, ...options));
    return this;
  }

  incrby(key: string, by: number | string): this {
    this.commands.push(() => this.redis.incrbySync(key, Number(by)));
    return this;
  }

  pttl(key: string): this {
    this.commands.push(() => this.redis.pttlSync(key));
    return this;
  }

  /** ioredis's shape: one [error, result] pair per command. */
  async exec(): Promise<Reply[]> {
    return this.commands.map((command): Reply => {
      try {
        return [null, command()];
      } catch (error) {
        return [error as Error, null];
      }
    });
  }
}
