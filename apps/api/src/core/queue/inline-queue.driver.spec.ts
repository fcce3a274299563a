import { InlineQueueDriver } from './inline-queue.driver';
import { JobHandlerFunction } from './queue-driver';

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe(InlineQueueDriver.name, () => {
  let driver: InlineQueueDriver;

  afterEach(async () => {
    jest.useRealTimers();
    await driver.close();
  });

  function handlers(entries: Record<string, JobHandlerFunction>): Map<string, JobHandlerFunction> {
    return new Map(Object.entries(entries));
  }

  it('should run a job once per id while it waits or runs', async () => {
    driver = new InlineQueueDriver(4);
    const payloads: unknown[] = [];
    let release!: () => void;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    await driver.process(handlers({ 'mail.send': async (payload) => { payloads.push(payload); await blocked; } }));
    await driver.add('mail.send', { n: 1 }, { jobId: 'same' });
    await driver.add('mail.send', { n: 2 }, { jobId: 'same' });
    await settle();
    release();
    await settle();
    await driver.add('mail.send', { n: 3 }, { jobId: 'same' });
    await settle();
    expect(payloads).toEqual([{ n: 1 }, { n: 3 }]);
  });

  it('should retry a failing job with exponential backoff, up to its attempts', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick'] });
    driver = new InlineQueueDriver(1);
    const attempts: number[] = [];
    await driver.process(handlers({ flaky: async (_payload, { attempt }) => { attempts.push(attempt); throw new Error('not yet'); } }));
    await driver.add('flaky', {}, { attempts: 3 });
    await settle();
    expect(attempts).toEqual([1]);
    await jest.advanceTimersByTimeAsync(999);
    expect(attempts).toEqual([1]);
    await jest.advanceTimersByTimeAsync(1);
    expect(attempts).toEqual([1, 2]);
    await jest.advanceTimersByTimeAsync(2000);
    expect(attempts).toEqual([1, 2, 3]);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(attempts).toEqual([1, 2, 3]);
  });

  it('should wait out a delay, and run a cron schedule each time it is due (UTC)', async () => {
    jest.useFakeTimers({ now: new Date('2030-01-01T05:59:00Z'), doNotFake: ['setImmediate', 'nextTick'] });
    driver = new InlineQueueDriver(2);
    const runs: string[] = [];
    await driver.process(handlers({ later: async () => { runs.push(`later ${new Date().toISOString()}`); }, digest: async () => { runs.push(`digest ${new Date().toISOString()}`); } }));
    await driver.add('later', {}, { delayMs: 30_000 });
    await driver.add('digest', {}, { repeatCron: '0 6 * * *', jobId: 'daily' });
    await driver.add('digest', {}, { repeatCron: '0 6 * * *', jobId: 'daily' });
    await jest.advanceTimersByTimeAsync(30_000);
    await jest.advanceTimersByTimeAsync(30_000);
    await jest.advanceTimersByTimeAsync(24 * 3600_000);
    expect(runs).toEqual(['later 2030-01-01T05:59:30.000Z', 'digest 2030-01-01T06:00:00.000Z', 'digest 2030-01-02T06:00:00.000Z']);
  });

  it('should run no more jobs at once than its concurrency, and wait for running jobs when closing', async () => {
    driver = new InlineQueueDriver(2);
    let running = 0;
    let most = 0;
    let finished = 0;
    await driver.process(handlers({ slow: async () => { running++; most = Math.max(most, running); await new Promise((resolve) => setTimeout(resolve, 20)); running--; finished++; } }));
    for (let index = 0; index < 5; index++) await driver.add('slow', { index }, {});
    await settle();
    await driver.close();
    expect(most).toBe(2);
    expect(finished).toBe(2);
    await expect(driver.add('slow', {}, {})).rejects.toThrow(/closing/);
  });
});
