import { Slots } from './mail-worker-state';

describe(Slots.name, () => {
  it('should give out no more places than it has, and serve waiters in order as places come back', async () => {
    const slots = new Slots(10);
    const served: string[] = [];
    await slots.acquire(6);
    const first = slots.acquire(6).then(() => served.push('first'));
    const second = slots.acquire(2).then(() => served.push('second'));
    await Promise.resolve();
    expect(served).toEqual([]);
    slots.release(6);
    await Promise.all([first, second]);
    expect(served).toEqual(['first', 'second']);
  });

  it('should not let a small request overtake one that waits', async () => {
    const slots = new Slots(4);
    const served: string[] = [];
    await slots.acquire(3);
    const big = slots.acquire(4).then(() => served.push('big'));
    const small = slots.acquire(1).then(() => served.push('small'));
    await Promise.resolve();
    expect(served).toEqual([]);
    slots.release(3);
    await big;
    expect(served).toEqual(['big']);
    slots.release(4);
    await small;
    expect(served).toEqual(['big', 'small']);
  });

  it('should treat a request larger than its capacity as a request for all of it', async () => {
    const slots = new Slots(3);
    await slots.acquire(5);
    const next = slots.acquire(1);
    slots.release(5);
    await expect(next).resolves.toBeUndefined();
  });
});
