import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { InProcessRedis } from './in-process-redis';

describe(InProcessRedis.name, () => {
  let redis: InProcessRedis;

  beforeEach(() => {
    redis = new InProcessRedis();
  });

  afterEach(() => redis.quit());

  const limiter = (options: { points: number; duration: number; blockDuration?: number }) =>
    new RateLimiterRedis({ storeClient: redis, keyPrefix: 'test', ...options });

  it('should count points and refuse once the budget is spent, as with Redis', async () => {
    const budget = limiter({ points: 2, duration: 60 });
    expect((await budget.consume('client')).remainingPoints).toBe(1);
    expect((await budget.consume('client')).remainingPoints).toBe(0);
    const refusal = await budget.consume('client').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RateLimiterRes);
    expect((refusal as RateLimiterRes).msBeforeNext).toBeGreaterThan(59_000);
    expect((await budget.get('client'))?.consumedPoints).toBe(3);
    expect((await budget.get('someone-else'))).toBeNull();
  });

  it('should block for blockDuration once spent, and forget a key when deleted', async () => {
    const budget = limiter({ points: 1, duration: 1, blockDuration: 600 });
    await budget.consume('guesser');
    await expect(budget.consume('guesser')).rejects.toBeInstanceOf(RateLimiterRes);
    expect((await budget.get('guesser'))!.msBeforeNext).toBeGreaterThan(590_000);
    expect(await budget.delete('guesser')).toBe(true);
    expect(await budget.get('guesser')).toBeNull();
    expect(await budget.delete('guesser')).toBe(false);
  });

  it('should start a new window once the old one has expired', async () => {
    jest.useFakeTimers({ now: Date.now(), doNotFake: ['setImmediate', 'nextTick'] });
    try {
      const budget = limiter({ points: 1, duration: 1 });
      await budget.consume('client');
      await expect(budget.consume('client')).rejects.toBeInstanceOf(RateLimiterRes);
      jest.setSystemTime(Date.now() + 1100);
      expect((await budget.consume('client')).consumedPoints).toBe(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('should answer PING and refuse commands it does not implement', async () => {
    expect(await redis.ping()).toBe('PONG');
    expect(() => redis.defineCommand('somethingElse')).toThrow(/no command somethingElse/);
  });
});
