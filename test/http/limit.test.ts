import { afterEach, describe, expect, it, vi } from 'vitest';
import { RateLimiter, Semaphore } from '../../src/http/limit.js';

afterEach(() => vi.useRealTimers());

describe('pacing', () => {
  it('RateLimiter spaces starts 1000/rate ms apart (fake clock)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    const limiter = new RateLimiter(10);
    const started: number[] = [];
    const t0 = performance.now();
    const all = Promise.all(
      [0, 1, 2].map(async () => {
        await limiter.take();
        started.push(performance.now() - t0);
      }),
    );
    await vi.advanceTimersByTimeAsync(250);
    await all;
    expect(started).toEqual([0, 100, 200]);
  });

  it('RateLimiter with rate 0 never waits (all takes resolve with the fake clock standing still)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    const limiter = new RateLimiter(0);
    const t0 = performance.now();
    let done = 0;
    const all = Promise.all(Array.from({ length: 100 }, () => limiter.take().then(() => done++)));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(100);
    await all;
    expect(performance.now() - t0).toBe(0);
    // A limited one does wait: with rate 10 the second take is still pending at the same instant.
    const slow = new RateLimiter(10);
    let second = false;
    void slow.take();
    void slow.take().then(() => {
      second = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(second).toBe(false);
  });

  it('Semaphore runs at most max tasks at once, in arrival order', async () => {
    const sem = new Semaphore(2);
    let active = 0;
    let peak = 0;
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        sem.run(async () => {
          peak = Math.max(peak, ++active);
          order.push(i);
          await new Promise((r) => setImmediate(r));
          active--;
        }),
      ),
    );
    expect(peak).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('unpaced', () => {
  it('a RateLimiter without a rate is not limited (requests need not wait for it)', () => {
    expect(new RateLimiter(0).limited).toBe(false);
    expect(new RateLimiter(5).limited).toBe(true);
  });
});
